import ConfidentCLI

ConfidentCommand.main()
