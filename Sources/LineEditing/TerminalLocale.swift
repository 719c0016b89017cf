#if canImport(Glibc)
  import Glibc
#endif

/// Switches the process to the user's locale, falling back to C.UTF-8 when it is not UTF-8.
///
/// Call once, before the first ``LineEditor``: a C program starts in the "C" locale, where
/// libedit drops every accented letter typed and crashes on a non-ASCII prompt.
public func useUTF8Locale() {
  setlocale(LC_ALL, "")
  if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
    setlocale(LC_CTYPE, "C.UTF-8")
  }
}
