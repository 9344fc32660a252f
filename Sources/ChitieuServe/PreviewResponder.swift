import Foundation
import HTTPTypes
import Hummingbird

/// Answers every request from the in-memory site: GET and HEAD only, the Host checked first,
/// `ETag`/`If-None-Match`, the site's own 404 page, and the reload stream for same-origin pages.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore
    let hub: ReloadHub
    let hosts: HostGuard
    /// Sent by browsers with every request: `same-origin` for the preview's own pages.
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!

    func respond(to request: Request, context: Context) async throws -> Response {
        guard hosts.allows(request.head.authority) else {
            return plain(.misdirectedRequest, "This preview answers only requests addressed to it (Host \(hosts.host):\(hosts.port.value)).\n")
        }
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "The preview serves GET and HEAD only.\n", headers: [.allow: "GET, HEAD"])
        }
        let response = try await answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    func answer(_ request: Request) async throws -> Response {
        switch request.uri.path {
        case LiveReload.eventsPath: return await events(request)
        case LiveReload.scriptPath:
            return Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: LiveReload.script)))
        default: return page(request)
        }
    }

    func page(_ request: Request) -> Response {
        let site = store.current
        if site.files.isEmpty {
            return html(.serviceUnavailable, ByteBuffer(string: LiveReload.failurePage(site)))
        }
        switch RequestPath.resolve(request.uri.path, exists: { site.files[$0] != nil }) {
        case .refused:
            return plain(.badRequest, "This path is outside the site.\n")
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: location + query])
        case .file(let path):
            if let file = site.files[path] { return serve(file, site: site, request: request) }
            return notFound(request.uri.path, site)
        case .notFound:
            return notFound(request.uri.path, site)
        }
    }

    func serve(_ file: ServedFile, site: ServedSite, request: Request) -> Response {
        // A page's bytes include the snippet, which changes with every build.
        let etag = file.isHTML ? "\"\(file.etag)-\(site.generation)\"" : "\"\(file.etag)\""
        var headers: HTTPFields = [.contentType: file.contentType, .eTag: etag, .cacheControl: "no-cache"]
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        let body = file.isHTML ? LiveReload.inject(file, site: site) : file.bytes
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// The site's 404 page, in English under `/en/`.
    func notFound(_ path: String, _ site: ServedSite) -> Response {
        let candidates = path.hasPrefix("/en/") ? ["en/404.html", "404.html"] : ["404.html"]
        guard let file = candidates.lazy.compactMap({ site.files[$0] }).first else {
            return plain(.notFound, "Không tìm thấy trang. / Page not found.\n")
        }
        return html(.notFound, file.isHTML ? LiveReload.inject(file, site: site) : file.bytes)
    }

    /// The reload stream: same-origin only (a cross-origin EventSource sends `Origin`, and gets
    /// no `Access-Control-Allow-Origin` either way).
    func events(_ request: Request) async -> Response {
        let origin = request.headers[.origin], site = request.headers[Self.fetchSite]
        let sameOrigin = origin.map { $0 == HostGuard.origin(of: request.head.authority ?? "") } ?? true
        guard sameOrigin, site == nil || site == "same-origin" else {
            return plain(.forbidden, "The reload stream is for this preview's own pages.\n")
        }
        let stream = await hub.subscribe()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // The stream ends when the page goes away or the preview stops (`ReloadHub.finishAll`).
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            for await generation in stream {
                try await writer.write(ByteBuffer(string: "event: build\ndata: \(generation)\n\n"))
            }
            try await writer.finish(nil)
        })
    }

    func html(_ status: HTTPResponse.Status, _ body: ByteBuffer) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"], body: .init(byteBuffer: body))
    }

    func plain(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
