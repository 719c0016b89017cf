/// The commented skeleton `confident nouveau` writes: every text to write says
/// ``placeholder``, which the checker refuses until it is replaced.
public enum CaseTemplate {
  /// The mark of a text still to write.
  public static let placeholder = "À COMPLÉTER"

  /// Whether `text` still holds ``placeholder`` (in any Unicode normalisation form).
  ///
  /// Every text field of every file is asked this, so the common answer, no, comes from a byte
  /// search for the placeholder's ASCII run; only a text holding it is compared by characters.
  /// (Foundation's `contains`, through CFString's folding search, was a third of a cold load.)
  static func holdsPlaceholder(_ text: String) -> Bool {
    guard text.byteRange(of: asciiRun) != nil else { return false }
    return text.firstRange(of: placeholder) != nil
  }

  /// The placeholder's ASCII part, present in its bytes whatever the normalisation of its accents.
  private static let asciiRun = "COMPL"

  /// Whether `id` has the shape of a case id (kebab-case).
  public static func isValidID(_ id: String) -> Bool { IDShape.kebabCase.matches(id) }

  /// Whether `point` has the shape of a programme point id (`II.3.police`).
  public static func isValidPoint(_ point: String) -> Bool { IDShape.programme.matches(point) }

  /// A one-step case with three options, for `point`, legally right on `lawDate` (YYYY-MM-DD).
  public static func skeleton(id: String, point: String, lawDate: String, ground: String = "secret") -> String {
    let todo = placeholder
    return aligned("""
      # Nouveau cas « \(id) ». Remplacez chaque « \(todo) », puis vérifiez et jouez-le :
      #   confident verifier \(id).yaml
      #   confident jouer \(id) --scenarios DOSSIER --auteur
      # (DOSSIER : le dossier de ce fichier ; il s'ajoute à la banque livrée.)
      # Le format complet : docs/scenario-format.md. Un texte qui contient « : » s'écrit
      # après « > » (comme ci-dessous) ou entre guillemets.
      id: \(id)                         # ne le changez plus une fois le cas joué
      title: \(todo) (le titre, sur une ligne)
      points: [\(point)]                # « cas » dans le shell liste le programme
      tags: []                          # facultatif : mots libres pour la recherche
      level: 1                          # 1 découverte · 2 pratique · 3 approfondissement
      law_date: \(lawDate)              # date à laquelle la réponse est juste
      situation: >
        \(todo) : qui demande quoi, comment, et ce que le travailleur social sait.
      steps:
        - id: premiere-etape            # kebab-case, unique dans le cas
          question: >
            \(todo) : que faites-vous ?
          hint: >                       # facultatif : supprimez ces deux lignes sans indice
            \(todo) : une piste, sans donner la réponse.
          options:                      # au moins 3 ; chacune avec son feedback
            - text: >
                \(todo) : la bonne réponse.
              verdict: correct          # correct · acceptable · incorrect
              feedback: >
                \(todo) : pourquoi c'est la bonne réponse.
            - text: >
                \(todo) : une réponse défendable, mais moins bonne.
              verdict: acceptable
              feedback: >
                \(todo) : ce qui lui manque.
            - text: >
                \(todo) : une erreur fréquente.
              verdict: incorrect
              feedback: >
                \(todo) : pourquoi c'est une erreur.
              # next: etape-suivante    # facultatif : l'étape qui suit cette option
          ground:
            accepted: [\(ground)]           # « confident ref » liste les fondements
            explanation: >
              \(todo) : les conditions de l'exception, et pourquoi elles sont remplies ou non ici.
      trainer_note: >
        \(todo) : ce qu'il faut débattre en groupe, où les pratiques divergent.

      """)
  }

  /// End-of-line comments start in one column, whatever the length of the id and point.
  static func aligned(_ text: String, column: Int = 36) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard let mark = line.range(of: "  # "), !line[..<mark.lowerBound].allSatisfy({ $0 == " " }) else { return String(line) }
      var code = line[..<mark.lowerBound]
      while code.last == " " { code = code.dropLast() }
      let comment = line[line.index(after: line.index(after: mark.lowerBound))...]
      return code + String(repeating: " ", count: max(2, column - code.count)) + comment
    }.joined(separator: "\n")
  }
}
