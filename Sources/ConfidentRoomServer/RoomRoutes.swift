import ConfidentCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A request's context: the peer's address, for the per-address rate limit.
public struct RoomRequestContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The peer's IP address, `local` when unknown (router tests).
  public let peer: String

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    peer = source.channel.remoteAddress?.ipAddress ?? "local"
  }
}

/// The routes: `/` (the page), `GET /api/etat`, `POST /api/vote`; everything else is 404.
enum RoomRoutes {
  /// Largest request body read, in bytes.
  static let maximumBody = 4096
  /// Name of the device-token cookie.
  static let deviceCookie = "confident_appareil"

  static func router(box: RoomBallotBox) -> Router<RoomRequestContext> {
    let router = Router(context: RoomRequestContext.self)
    router.add(middleware: SecurityHeaders())
    router.get("/") { request, context in page(request, context: context, box: box) }
    // The QR code's address: the room code in the path.
    router.get("/:code") { request, context in page(request, context: context, box: box) }
    router.get("/api/etat") { request, context in state(request, context: context, box: box) }
    router.post("/api/vote") { request, context in try await vote(request, context: context, box: box) }
    return router
  }

  static func page(_ request: Request, context: RoomRequestContext, box: RoomBallotBox) -> Response {
    guard box.admit(device: nil, address: context.peer) else { return tooMany() }
    var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
    if device(of: request) == nil {
      headers[.setCookie] = "\(deviceCookie)=\(RoomBallotBox.newDeviceToken()); Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"
    }
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: ParticipantPage.html)))
  }

  static func state(_ request: Request, context: RoomRequestContext, box: RoomBallotBox) -> Response {
    let token = device(of: request)
    guard box.admit(device: token, address: context.peer) else { return tooMany() }
    guard box.accepts(code: request.uri.queryParameters["code"].map(String.init)) else { return wrongCode() }
    let view = box.currentView
    let mine = token.flatMap { box.choiceLabel(of: $0) }
    return json(.ok, RoomStateMessage(view: view, myChoice: mine))
  }

  static func vote(_ request: Request, context: RoomRequestContext, box: RoomBallotBox) async throws -> Response {
    let token = device(of: request)
    guard box.admit(device: token, address: context.peer) else { return tooMany() }
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maximumBody { return tooLarge() }
    var request = request
    guard let body = try? await request.collectBody(upTo: maximumBody) else { return tooLarge() }
    guard let ballot = try? JSONDecoder().decode(VoteRequest.self, from: Data(body.readableBytesView)) else {
      return message(.badRequest, "Requête illisible : le vote attendu est {\"code\", \"cle\", \"choix\"}, avec un \"pseudo\" facultatif.")
    }
    guard box.accepts(code: ballot.code) else { return wrongCode() }
    guard let token else {
      return message(.badRequest, "Appareil inconnu : rechargez la page (les cookies doivent être permis).")
    }
    var pseudonym: String?? = nil
    if let given = ballot.pseudo {
      switch RoomPseudonym.normalized(given) {
      case .success(let kept): pseudonym = .some(kept)
      case .failure(let refusal): return message(.badRequest, refusal.message)
      }
    }
    switch box.vote(device: token, ballotKey: ballot.cle ?? "", label: ballot.choix ?? "", pseudonym: pseudonym) {
    case .recorded(let replaced):
      return message(.ok, replaced ? "Vote enregistré (il remplace le précédent)." : "Vote enregistré.")
    case .closed: return message(.conflict, "Aucun vote n'est ouvert pour l'instant : regardez l'écran.")
    case .stale: return message(.conflict, "Ce vote est clos : la question a changé, la page va se mettre à jour.")
    case .invalidChoice: return message(.unprocessableContent, "Ce choix n'existe pas pour cette question.")
    case .full: return message(.serviceUnavailable, "La salle est complète : plus aucun appareil ne peut voter.")
    }
  }

  static func device(of request: Request) -> String? {
    guard let value = request.cookies[deviceCookie]?.value, value.count == 32,
      value.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
    else { return nil }
    return value
  }

  static func wrongCode() -> Response { message(.forbidden, "Code de salle inconnu : tapez le code affiché à l'écran.") }
  static func tooMany() -> Response { message(.tooManyRequests, "Trop de requêtes : patientez quelques secondes.") }
  static func tooLarge() -> Response { message(.contentTooLarge, "Requête trop grande (4 Kio au plus).") }

  static func message(_ status: HTTPResponse.Status, _ text: String) -> Response {
    json(status, ["message": text])
  }

  static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
    // Sorted keys: the same state gives the same text, and the page redraws only on a change
    // (a redraw every poll would move the focus away from the button being used).
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}

/// A vote posted by the page.
struct VoteRequest: Decodable {
  var code: String?
  var cle: String?
  var choix: String?
  /// The optional pseudonym or team (``RoomPseudonym``); absent keeps the device's own.
  var pseudo: String?
}

/// What `/api/etat` answers: the open question only.
struct RoomStateMessage: Encodable {
  struct Choice: Encodable {
    var lettre: String
    var texte: String
  }

  var etape: String
  var cle: String?
  var tour: Int
  var question: String
  var choix: [Choice]
  var repartition: [Int]?
  var monVote: String?

  init(view: RoomPublicView, myChoice: String?) {
    switch view.stage {
    case .waiting: etape = "attente"
    case .vote: etape = "vote"
    case .distribution: etape = "repartition"
    case .ground: etape = "fondement"
    case .groundResult: etape = "resultatFondement"
    case .finished: etape = "fin"
    }
    cle = view.ballotKey
    tour = view.round
    question = view.question
    choix = view.choices.map { Choice(lettre: $0.label, texte: $0.text) }
    repartition = view.distribution
    monVote = myChoice
  }
}

/// No caching, no sniffing, no framing, no referrer, and the page's CSP, on every response.
struct SecurityHeaders: RouterMiddleware {
  typealias Context = RoomRequestContext

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      response = RoomRoutes.message(.notFound, "Page introuvable.")
    } catch {
      response = RoomRoutes.message(.badRequest, "Requête refusée.")
    }
    response.headers[HTTPField.Name("Content-Security-Policy")!] = ParticipantPage.contentSecurityPolicy
    response.headers[.cacheControl] = "no-store"
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    return response
  }
}
