#if canImport(Glibc)
  import Glibc
#endif

/// SIGTERM and SIGHUP (the terminal closed) end the session like Ctrl-D, so that the history
/// is saved; the process then ends with the signal (see ``reraisePending()``).
public enum TerminationSignals {
  nonisolated(unsafe) private static var received: sig_atomic_t = 0
  nonisolated(unsafe) private static var installed = false

  /// The signal received, if any.
  public static var pending: Int32? { received == 0 ? nil : Int32(received) }

  /// Installs the handlers once: they only record the signal, and interrupt `read` (no
  /// `SA_RESTART`) so that libedit returns.
  static func install() {
    guard !installed else { return }
    installed = true
    for number in [SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { TerminationSignals.received = sig_atomic_t($0) }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
  }

  /// Ends the process with the recorded signal (its default action), if one came.
  public static func reraisePending() {
    guard let signal = pending else { return }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(signal, &action, nil)
    raise(signal)
  }
}
