import ConfidentCore

/// A small bank built in code: one single-step case, one two-step debated case.
enum SampleBank {
  static let grounds = [
    Ground(id: "secret", label: "Le secret s'applique", summary: "Aucune exception."),
    Ground(id: "temoignage", label: "Témoignage en justice", summary: "Faculté de parler."),
    Ground(id: "consentement", label: "Accord de la personne", summary: "Pas toujours suffisant."),
  ]

  static let phoneCall = Case(
    id: "appel-police", title: "Un policier téléphone", points: ["II.3.police"], level: 1,
    lawDate: "2026-11-27", situation: "Un inspecteur demande une adresse.",
    steps: [
      Step(
        id: "appel", question: "Que répondez-vous ?", hint: "Est-ce un juge ?",
        options: [
          Option(text: "Je donne l'adresse.", verdict: .incorrect, feedback: "Couverte par le secret."),
          Option(text: "Je refuse.", verdict: .correct, feedback: "Aucune exception."),
          Option(text: "Je demande un écrit.", verdict: .acceptable, feedback: "Un écrit ne suffit pas."),
        ],
        ground: GroundQuestion(accepted: ["secret"], partial: ["consentement"], explanation: "La police n'est pas un juge."),
        references: [Citation(referenceID: "cp-458", pinpoint: "al. 1")])
    ],
    trainerNote: "Pression du téléphone.")

  static let twoSteps = Case(
    id: "police-puis-juge", title: "De la police au juge", points: ["I.4.temoignage"], level: 2,
    lawDate: "2026-11-27", situation: "La police, puis le juge.",
    steps: [
      Step(
        id: "police", question: "La police insiste.",
        options: [
          Option(text: "Je refuse.", verdict: .correct, feedback: "Bien.", next: "juge"),
          Option(text: "Je réponds.", verdict: .incorrect, feedback: "Non.", next: "juge"),
          Option(text: "Je raccroche et c'est tout.", verdict: .acceptable, feedback: "Bof."),
        ],
        ground: GroundQuestion(accepted: ["secret"], explanation: "Pas d'exception.")),
      Step(
        id: "juge", question: "Le juge vous entend.", debated: true,
        options: [
          Option(text: "Je parle.", verdict: .correct, feedback: "Faculté de parler."),
          Option(text: "Je me tais.", verdict: .acceptable, feedback: "Faculté de se taire."),
          Option(text: "Je donne tout le dossier.", verdict: .incorrect, feedback: "Rien ne l'impose."),
        ],
        ground: GroundQuestion(accepted: ["temoignage"], explanation: "Témoigner est une faculté.")),
    ],
    trainerNote: "Le droit de se taire.")

  static let bank = Bank(
    cases: [phoneCall, twoSteps], grounds: grounds,
    references: [
      Reference(
        id: "cp-458", type: .loi, citation: "Code pénal (1867), art. 458", summary: "Le secret.",
        sources: ["https://example.org"], verification: .likely)
    ],
    programme: [
      ProgrammePoint(id: "I.4.temoignage", title: "Témoignage en justice"),
      ProgrammePoint(id: "II.3.police", title: "Police"),
    ])
}

extension [Output] {
  /// The texts of the blocks, for `contains` checks.
  var texts: [String] {
    map {
      switch $0 {
      case .heading(let text), .paragraph(let text, _): text
      case .item(let marker, let text, _): "\(marker) \(text)"
      case .blank: ""
      }
    }
  }

  func mentions(_ fragment: String) -> Bool { texts.contains { $0.contains(fragment) } }
}
