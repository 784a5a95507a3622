/// Why a preview server cannot start.
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--base-path` is not a usable URL path.
    case invalidBasePath(String, reason: String)
    /// `--host` is not an IPv4 or IPv6 address.
    case invalidHost(String)
    /// The address cannot be listened on (in use, not this machine's, no permission).
    case cannotListen(host: String, port: UInt16, reason: String)
    /// The private build folder cannot be made.
    case cannotCreateBuildFolder(String)

    /// The message, as `error: <message>` prints it.
    public var description: String {
        switch self {
        case let .invalidBasePath(text, reason): "base path '\(text)' cannot be used: \(reason)"
        case let .invalidHost(text): "host '\(text)' is not an IP address"
        case let .cannotListen(host, port, reason): "cannot listen on \(host):\(port): \(reason)"
        case let .cannotCreateBuildFolder(reason): "cannot create the preview's build folder: \(reason)"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .invalidBasePath: "write the sub-path the site is published under, such as /alliance/ (or / for none)"
        case .invalidHost: "use 127.0.0.1 (this machine only), 0.0.0.0 (every network) or another address of this machine"
        case .cannotListen: "another program may use this port: stop it, or choose another with --port (--port 0 picks a free one)"
        case .cannotCreateBuildFolder: "check that the system's temporary folder ($TMPDIR or /tmp) exists and may be written"
        }
    }
}
