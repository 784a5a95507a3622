import Foundation
#if canImport(Glibc)
import Glibc
private let streamSocketType = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let streamSocketType = SOCK_STREAM
private let sendFlags: Int32 = 0
#endif

private func openTCPSocket() -> Int32 {
    socket(AF_INET, streamSocketType, 0)
}

private func closeSocket(_ socket: Int32) {
    close(socket)
}

private func sendBytes(_ socket: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
    send(socket, buffer.baseAddress, buffer.count, sendFlags)
}

private func connectSocket(_ socket: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(socket, address, length)
}

/// A minimal HTTP/1.1 client on a plain TCP socket, for the preview server's tests: it sends
/// paths exactly as written (`..` and `%2e%2e` included, which URL-based clients resolve away)
/// and reads server-sent events as they arrive. Blocking socket calls run on a thread of their
/// own, never on the tests' cooperative threads (which the server under test needs).
struct RawHTTPClient: Sendable {
    /// A response.
    struct Reply: Sendable {
        var status: Int
        /// Header values by lowercased name.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The server's port on 127.0.0.1.
    let port: UInt16

    /// Sends a GET request for `target` and reads the whole response.
    func request(_ target: String, timeout: Double = 10) async throws -> Reply {
        try await request("GET", target, timeout: timeout)
    }

    /// Sends one request (`Connection: close`) and reads the whole response.
    func request(_ method: String, _ target: String, timeout: Double = 10) async throws -> Reply {
        try await Self.offThread {
            let socket = try Self.connectLoopback(port: port)
            defer { closeSocket(socket) }
            try Self.sendText("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", on: socket)
            var received = Data()
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                guard let bytes = try Self.read(socket, until: deadline) else { break }
                received.append(bytes)
            }
            return try Self.parse(received, method: method)
        }
    }

    /// Splits a whole response into status, headers and (de-chunked) body.
    static func parse(_ data: Data, method: String = "GET") throws -> Reply {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no complete header in \(String(decoding: data, as: UTF8.self).debugDescription)") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head.first ?? "")") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" {
            var decoder = ChunkedDecoder()
            body = decoder.decode(body)
        }
        return Reply(status: status, headers: headers, body: body)
    }

    /// Opens the events endpoint at `target` and keeps reading it.
    func openEvents(_ target: String) async throws -> EventStream {
        let socket = try await Self.offThread { () throws -> Int32 in
            let socket = try Self.connectLoopback(port: port)
            do {
                try Self.sendText("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n", on: socket)
            } catch {
                closeSocket(socket)
                throw error
            }
            return socket
        }
        return EventStream(socket: socket)
    }

    /// A server-sent events response being read.
    final class EventStream: @unchecked Sendable {
        /// One event: its `event:` name and `data:` text.
        struct Event: Equatable, Sendable {
            var name: String
            var data: String
        }

        private let socket: Int32
        private let lock = NSLock()
        private var raw = Data()
        private var headerParsed = false
        private var decoder = ChunkedDecoder()
        private var body = Data()
        private var ended = false
        private var isClosed = false

        fileprivate init(socket: Int32) {
            self.socket = socket
        }

        deinit {
            if !isClosed { closeSocket(socket) }
        }

        /// Every complete event so far (comments and `retry:` lines left out).
        var events: [Event] {
            lock.withLock { Self.events(in: String(decoding: body, as: UTF8.self)) }
        }

        /// Whether the server ended the response (or closed the connection).
        var hasEnded: Bool { lock.withLock { ended } }

        /// Reads until an event satisfies `predicate`; returns it. Throws after `timeout` seconds.
        @discardableResult
        func next(timeout: Double = 15, where predicate: @escaping @Sendable (Event) -> Bool) async throws -> Event {
            try await RawHTTPClient.offThread {
                let deadline = Date().addingTimeInterval(timeout)
                while true {
                    if let event = self.events.first(where: predicate) { return event }
                    if self.hasEnded { throw Failure(description: "the stream ended; events: \(self.events)") }
                    guard Date() < deadline else { throw Failure(description: "no such event within \(timeout) s; events: \(self.events)") }
                    try self.pump(until: min(deadline, Date().addingTimeInterval(0.05)))
                }
            }
        }

        /// Waits until the server ends the response; false after `timeout` seconds.
        func waitForEnd(timeout: Double = 10) async throws -> Bool {
            try await RawHTTPClient.offThread {
                let deadline = Date().addingTimeInterval(timeout)
                while !self.hasEnded, Date() < deadline {
                    try self.pump(until: min(deadline, Date().addingTimeInterval(0.05)))
                }
                return self.hasEnded
            }
        }

        /// Closes the connection.
        func close() {
            lock.withLock {
                if !isClosed { closeSocket(socket) }
                isClosed = true
                ended = true
            }
        }

        private func pump(until deadline: Date) throws {
            guard !hasEnded else { return }
            let bytes: Data?
            do {
                bytes = try RawHTTPClient.read(socket, until: deadline, timeoutIsEnd: false)
            } catch {
                lock.withLock { ended = true }
                return
            }
            lock.withLock {
                guard let bytes else {
                    ended = true
                    return
                }
                raw.append(bytes)
                if !headerParsed, let end = raw.range(of: Data("\r\n\r\n".utf8)) {
                    headerParsed = true
                    raw = Data(raw[end.upperBound...])
                }
                if headerParsed {
                    body.append(decoder.decode(raw))
                    raw = Data()
                    if decoder.isFinished { ended = true }
                }
            }
        }

        private static func events(in text: String) -> [Event] {
            var events: [Event] = []
            for block in text.components(separatedBy: "\n\n").dropLast() {
                var name = "message", data: [String] = [], isEvent = false
                for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
                    if line.hasPrefix("event:") {
                        name = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
                        isEvent = true
                    } else if line.hasPrefix("data:") {
                        data.append(String(line.dropFirst(5).drop { $0 == " " }))
                        isEvent = true
                    }
                }
                if isEvent { events.append(Event(name: name, data: data.joined(separator: "\n"))) }
            }
            return events
        }
    }

    /// Decodes `Transfer-Encoding: chunked` as the bytes arrive.
    struct ChunkedDecoder {
        private var pending = Data()
        private(set) var isFinished = false

        /// Takes more raw bytes; returns the body bytes they completed.
        mutating func decode(_ bytes: Data) -> Data {
            pending.append(bytes)
            var output = Data()
            while !isFinished {
                guard let lineEnd = pending.range(of: Data("\r\n".utf8)) else { break }
                let sizeText = String(decoding: pending[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { break }
                let start = lineEnd.upperBound
                guard pending.distance(from: start, to: pending.endIndex) >= size + 2 else { break }
                let dataEnd = pending.index(start, offsetBy: size)
                output.append(pending[start..<dataEnd])
                pending = Data(pending[pending.index(dataEnd, offsetBy: 2)...])
                if size == 0 { isFinished = true }
            }
            return output
        }
    }

    // MARK: sockets

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    private static func connectLoopback(port: UInt16) throws -> Int32 {
        let socket = openTCPSocket()
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connectSocket(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            closeSocket(socket)
            throw Failure(description: "connect to port \(port): errno \(errno)")
        }
        return socket
    }

    private static func sendText(_ text: String, on socket: Int32) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendBytes(socket, $0) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
    }

    /// The next bytes, or nil at the end of the stream. At `deadline`: throws, or with
    /// `timeoutIsEnd == false` returns empty data.
    fileprivate static func read(_ socket: Int32, until deadline: Date, timeoutIsEnd: Bool = true) throws -> Data? {
        let milliseconds = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else {
            if timeoutIsEnd { throw Failure(description: "timed out reading the response") }
            return Data()
        }
        var buffer = [UInt8](repeating: 0, count: 16384)
        let count = recv(socket, &buffer, buffer.count, 0)
        if count < 0 { throw Failure(description: "recv: errno \(errno)") }
        return count == 0 ? nil : Data(buffer[..<count])
    }
}
