/// URL slugs: the one path segment that names a page.
///
/// Chinese slugs are kept as they are (the file on disk is named in UTF-8) and percent-encoded
/// only in links.
enum Slug {
    /// The slug for a content file name: the name without extension, without a leading
    /// `YYYY-MM-DD-` date.
    static func fromFileName(_ fileName: String) -> String {
        let stem = Path.stem(fileName)
        let scalars = Array(stem.unicodeScalars)
        let pattern: [Bool] = [true, true, true, true, false, true, true, false, true, true, false]
        guard scalars.count > 11 else { return stem }
        for (index, isDigit) in pattern.enumerated() {
            let scalar = scalars[index]
            if isDigit ? !("0"..."9").contains(scalar) : scalar != "-" { return stem }
        }
        return String(String.UnicodeScalarView(scalars[11...]))
    }

    /// A slug made from free text such as a tag: Latin letters lowercased, spaces and
    /// URL-reserved characters turned into `-`, Chinese kept.
    static func make(from text: String) -> String {
        var result = ""
        var lastWasDash = false
        for scalar in text.lowercased().unicodeScalars {
            let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "."
            if keep {
                result.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash, !result.isEmpty {
                result.append("-")
                lastWasDash = true
            }
        }
        while result.hasSuffix("-") || result.hasSuffix(".") { result.removeLast() }
        while result.hasPrefix(".") { result.removeFirst() }
        return result
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

    /// Why `slug` cannot name a folder of the site, or nil if it can.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "is empty" }
        if slug == "." || slug == ".." || slug.hasPrefix(".") { return "must not start with '.'" }
        if slug.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }) { return "must not contain '/' or '\\'" }
        if slug.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "must not contain control characters" }
        if slug.contains(where: { "?#%\"<>|*:".contains($0) }) { return "must not contain any of ? # % \" < > | * :" }
        if slug.utf8.contains(UInt8(ascii: " ")) { return "must not contain spaces" }
        if slug.utf8.count > 200 { return "is too long (more than 200 bytes)" }
        return nil
    }
}
