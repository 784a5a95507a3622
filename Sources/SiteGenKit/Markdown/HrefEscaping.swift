/// Escapes a URL for an `href` or `src` attribute exactly as libcmark does (its
/// `houdini_escape_href`): bytes outside a safe set become `%XX`, `&` becomes `&amp;` and `'`
/// becomes `&#x27;`; existing `%XX` escapes are kept.
enum HrefEscaping {
    /// The bytes emitted as they are: `A–Z a–z 0–9` and `! # $ % ( ) * + , - . / : ; = ? @ _ ~`.
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in "!#$%()*+,-./:;=?@_~".utf8 { table[Int(byte)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends the escaped form of `url` to `output`.
    static func append(_ url: String, to output: inout String) {
        if url.utf8.allSatisfy({ safe[Int($0)] }) {
            output += url
            return
        }
        var bytes: [UInt8] = []
        append(url, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escaped form of `url` to `output`, as UTF-8.
    static func append(_ url: String, to output: inout [UInt8]) {
        if url.utf8.allSatisfy({ safe[Int($0)] }) {
            output.append(contentsOf: url.utf8)
            return
        }
        output.reserveCapacity(output.count + url.utf8.count * 3)
        for byte in url.utf8 {
            if safe[Int(byte)] {
                output.append(byte)
            } else if byte == UInt8(ascii: "&") {
                output.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                output.append(contentsOf: "&#x27;".utf8)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    /// The escaped form of `url`.
    static func escape(_ url: String) -> String {
        var output = ""
        append(url, to: &output)
        return output
    }
}
