import Foundation

/// Dates written with a UTC offset, as other generators write them, and the clock: both in the
/// site's own offset (`timezone:` in site.yaml).
extension SiteDate {
    /// Minutes east of UTC for an offset written `+08:00`, `+0800`, `-05:00` or `Z`; nil otherwise.
    static func offsetMinutes(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] { return 0 }
        guard bytes.count == 6 || bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") else { return nil }
        let digits = bytes.count == 6 ? [bytes[1], bytes[2], bytes[4], bytes[5]] : Array(bytes[1...4])
        if bytes.count == 6, bytes[3] != UInt8(ascii: ":") { return nil }
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
        let minutes = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
        guard hours <= 14, minutes < 60 else { return nil }
        return (bytes[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    /// A date-time with an offset — `2019-07-10T10:13:16+08:00`, `2019-07-10T02:13:16Z`,
    /// `2019-07-10 10:13:16 +0800`, fractions of a second ignored — as the same instant in the
    /// offset `siteOffset` (minutes east of UTC); nil for any other text.
    init?(parsingZoned text: String, siteOffset: Int) {
        var text = text.trimmingSpaces(only: " ")
        var zone: String
        if let space = text.lastIndex(of: " "), Self.offsetMinutes(String(text[text.index(after: space)...])) != nil {
            zone = String(text[text.index(after: space)...])
            text = String(text[..<space])
        } else if text.hasSuffix("Z") || text.hasSuffix("z") {
            zone = "Z"
            text.removeLast()
        } else if text.utf8.count > 6, let sign = text.utf8.dropFirst(10).lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
            zone = String(text[sign...])
            text = String(text[..<sign])
        } else {
            return nil
        }
        if let dot = text.lastIndex(of: "."), text.distance(from: text.startIndex, to: dot) == 19 { text = String(text[..<dot]) }
        guard let offset = Self.offsetMinutes(zone), let local = SiteDate(parsing: text), local.time != nil,
              let shifted = local.shifted(byMinutes: siteOffset - offset) else { return nil }
        self = shifted
    }

    /// This date-time `minutes` later (or earlier); nil beyond the years 1–9999.
    func shifted(byMinutes minutes: Int) -> SiteDate? {
        let (hour, minute, second) = time ?? (0, 0, 0)
        let total = Self.dayNumber(year: year, month: month, day: day) * 1440 + hour * 60 + minute + minutes
        let days = Int((Double(total) / 1440).rounded(.down))
        let rest = total - days * 1440
        let (y, m, d) = Self.civil(fromDayNumber: days)
        return SiteDate(year: y, month: m, day: d, hour: rest / 60, minute: rest % 60, second: second)
    }

    /// The moment `instant` as a date-time in the offset `offset` (minutes east of UTC).
    init?(_ instant: Date, offset: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset * 60
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let (y, m, d) = Self.civil(fromDayNumber: days)
        self.init(year: y, month: m, day: d, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    /// The calendar day it is at `instant` in the UTC offset `utcOffset` (`+08:00`, `-05:00`), or
    /// nil when `utcOffset` is not such an offset.
    init?(dayAt instant: Date, utcOffset: String) {
        guard let offset = Self.offsetMinutes(utcOffset), let moment = SiteDate(instant, offset: offset) else { return nil }
        self.init(year: moment.year, month: moment.month, day: moment.day)
    }

    /// The moment this date-time (midnight without a time) is in the offset `offset`.
    func instant(offset: Int) -> Date {
        let (hour, minute, second) = time ?? (0, 0, 0)
        let seconds = Self.dayNumber(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar.
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDayNumber number: Int) -> (Int, Int, Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
