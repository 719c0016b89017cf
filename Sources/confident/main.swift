import ConfidentCLI

ConfidentCommand.run()
