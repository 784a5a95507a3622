/// URL slugs: the one path segment that names a page.
///
/// Chinese slugs are kept as they are (the file on disk is named in UTF-8) and percent-encoded
/// only in links.
enum Slug {
    /// The slug for a content file name: the name without extension, without a leading
    /// `YYYY-MM-DD-` date.
    static func fromFileName(_ fileName: String) -> String {
        let stem = Path.stem(fileName)
        // The date is ASCII, so its scalars are its first eleven bytes.
        let utf8 = stem.utf8
        guard utf8.count > 11 else { return stem }
        var index = utf8.startIndex
        for character in "dddd-dd-dd-".utf8 {
            let byte = utf8[index]
            if character == UInt8(ascii: "d") ? !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) : byte != character { return stem }
            index = utf8.index(after: index)
        }
        return String(stem[index...])
    }

    /// A slug made from free text such as a tag: Latin letters lowercased, spaces and
    /// URL-reserved characters turned into `-`, Chinese kept.
    ///
    /// Each scalar is lowercased on its own (as `String.lowercased()` does) and the slug is
    /// written as UTF-8 into one buffer.
    static func make(from text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasDash = false
        func take(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            let keep: Bool
            if value < 0x80 {
                keep = (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || value == 0x5F || value == 0x2E
            } else {
                keep = scalar.properties.isAlphabetic
            }
            if keep {
                UTF8.encode(scalar) { bytes.append($0) }
                lastWasDash = false
            } else if !lastWasDash, !bytes.isEmpty {
                bytes.append(UInt8(ascii: "-"))
                lastWasDash = true
            }
        }
        for scalar in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(scalar.value) {
                // The common Han block: letters without case, kept without looking their
                // properties up.
                UTF8.encode(scalar) { bytes.append($0) }
                lastWasDash = false
            } else if scalar.value < 0x80 {
                take((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar)
            } else if scalar.properties.changesWhenLowercased {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { take(lowered) }
            } else {
                take(scalar)
            }
        }
        while let last = bytes.last, last == UInt8(ascii: "-") || last == UInt8(ascii: ".") { bytes.removeLast() }
        let leadingDots = bytes.prefix { $0 == UInt8(ascii: ".") }.count
        return String(decoding: bytes[leadingDots...], as: UTF8.self)
    }

    /// The slug of a tag: ``make(from:)``, or a stable `tag-N` when nothing printable is left.
    static func forTag(_ tag: String) -> String {
        let slug = make(from: tag)
        if !slug.isEmpty { return slug }
        return "tag-" + String(tag.unicodeScalars.reduce(UInt32(0)) { $0 &* 31 &+ $1.value })
    }

    /// Whether `slug` has none of what file names from other tools bring along: capital Latin
    /// letters, spaces, brackets.
    static func isClean(_ slug: String) -> Bool {
        !slug.unicodeScalars.contains { ("A"..."Z").contains($0) || " ()[]{}（）【】「」".unicodeScalars.contains($0) }
    }

    /// Bytes a slug must not hold: reserved in URLs or in file names.
    private static let reserved = Set("?#%\"<>|*:".utf8)

    /// Why `slug` cannot name a folder of the site, or nil if it can.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "is empty" }
        if slug == "." || slug == ".." || slug.hasPrefix(".") { return "must not start with '.'" }
        if slug.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }) { return "must not contain '/' or '\\'" }
        if slug.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "must not contain control characters" }
        if slug.utf8.contains(where: { Self.reserved.contains($0) }) { return "must not contain any of ? # % \" < > | * :" }
        if slug.utf8.contains(UInt8(ascii: " ")) { return "must not contain spaces" }
        if slug.utf8.count > 200 { return "is too long (more than 200 bytes)" }
        return nil
    }
}
