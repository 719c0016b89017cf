/// libyaml's problems (scanner, parser, reader), a finite list read from its sources, in French.
///
/// Learners and authors read French: an English message reaches them only when libyaml grows a
/// new one, and then in parentheses after a French lead.
enum LibYAMLMessages {
  static let french: [String: String] = [
    // Scanner
    "could not find expected ':'": "« : » attendu après la clé",
    "could not find expected directive name": "nom de directive attendu après « % »",
    "did not find URI escaped octet": "séquence « %xx » incomplète dans une étiquette",
    "did not find expected '!'": "« ! » attendu dans l'étiquette",
    "did not find expected alphabetic or numeric character": "lettre ou chiffre attendu après « & » ou « * » (mettez le texte entre guillemets)",
    "did not find expected comment or line break": "commentaire ou fin de ligne attendu après l'indicateur de bloc « | » ou « > »",
    "did not find expected digit or '.' character": "chiffre ou « . » attendu dans la version YAML",
    "did not find expected hexdecimal number": "nombre hexadécimal attendu après « \\x », « \\u » ou « \\U »",
    "did not find expected tag URI": "étiquette attendue après « ! »",
    "did not find expected version number": "numéro de version YAML attendu",
    "did not find expected whitespace or line break": "espace ou fin de ligne attendu",
    "did not find expected whitespace": "espace attendu",
    "did not find the expected '>'": "« > » attendu pour fermer l'étiquette",
    "found a tab character that violates indentation": "tabulation dans l'indentation (indentez avec des espaces)",
    "found a tab character where an indentation space is expected": "tabulation là où une espace d'indentation est attendue (indentez avec des espaces)",
    "found an incorrect leading UTF-8 octet": "octet UTF-8 incorrect dans une étiquette",
    "found an incorrect trailing UTF-8 octet": "octet UTF-8 incorrect dans une étiquette",
    "found an indentation indicator equal to 0": "indicateur d'indentation 0 après « | » ou « > » (de 1 à 9)",
    "found character that cannot start any token": "caractère inattendu (une tabulation ? « @ » ou « ` » en début de texte ? mettez le texte entre guillemets)",
    "found duplicate %TAG directive": "directive %TAG en double",
    "found duplicate %YAML directive": "directive %YAML en double",
    "found extremely long version number": "numéro de version YAML beaucoup trop long",
    "found incompatible YAML document": "document YAML d'une version incompatible (seule la 1.x est lue)",
    "found invalid Unicode character escape code": "code de caractère Unicode invalide après « \\u » ou « \\U »",
    "found undefined tag handle": "préfixe d'étiquette non déclaré",
    "found unexpected ':'": "« : » inattendu (mettez le texte entre guillemets)",
    "found unexpected document indicator": "« --- » ou « ... » inattendu dans un texte entre guillemets",
    "found unexpected end of stream": "fin de fichier inattendue (guillemet non fermé ?)",
    "found unexpected non-alphabetical character": "caractère non alphabétique inattendu dans le nom de directive",
    "found unknown directive name": "directive inconnue (seules %YAML et %TAG existent)",
    "found unknown escape character": "séquence d'échappement inconnue après « \\ » dans un texte entre guillemets doubles (doublez la barre : « \\\\ », ou utilisez des guillemets simples)",
    "mapping keys are not allowed in this context": "clé inattendue ici (indentation incohérente ?)",
    "mapping values are not allowed in this context": "« : » inattendu (mettez le texte entre guillemets)",
    "block sequence entries are not allowed in this context": "élément de liste « - » inattendu ici (indentation incohérente ?)",
    // Parser
    "did not find expected ',' or ']'": "« , » ou « ] » attendu dans la liste entre crochets",
    "did not find expected ',' or '}'": "« , » ou « } » attendu dans le dictionnaire entre accolades",
    "did not find expected '-' indicator": "« - » attendu (élément de liste mal indenté ?)",
    "did not find expected <document start>": "début de document attendu (un deuxième document dans le fichier ? un seul cas par fichier)",
    "did not find expected <stream-start>": "début de fichier attendu",
    "did not find expected key": "clé attendue introuvable (indentation incohérente ?)",
    "did not find expected node content": "valeur attendue introuvable",
    "found undefined alias": "alias non défini",
    // YAMLComposer (a second document)
    "but found another document": "un seul document par fichier (un « --- » en trop ?)",
    "Maximum nesting level reached, set with yaml_set_max_nest_level())": "imbrication trop profonde (plus de 1000 niveaux)",
    // Reader
    "control characters are not allowed": "caractère de contrôle interdit",
    "expected low surrogate area": "caractère UTF-16 invalide",
    "incomplete UTF-16 character": "caractère UTF-16 incomplet",
    "incomplete UTF-16 surrogate pair": "caractère UTF-16 incomplet",
    "incomplete UTF-8 octet sequence": "caractère UTF-8 incomplet",
    "input error": "erreur de lecture",
    "input is too long": "fichier trop long",
    "invalid Unicode character": "caractère Unicode invalide",
    "invalid leading UTF-8 octet": "octet UTF-8 invalide",
    "invalid length of a UTF-8 sequence": "séquence UTF-8 de longueur invalide",
    "invalid trailing UTF-8 octet": "octet UTF-8 invalide",
  ]

  /// The French message for a libyaml problem; an unknown one, quoted after a French lead.
  static func translate(_ problem: String) -> String {
    if let known = french[problem] { return known }
    // libyaml appends nothing to its problems, but a wrapper may: match on the known start.
    if let match = french.keys.sorted(by: { $0.count > $1.count }).first(where: { problem.hasPrefix($0) }) {
      return french[match]!
    }
    return "erreur de syntaxe (« \(problem) »)"
  }
}
