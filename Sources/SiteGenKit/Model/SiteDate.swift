import Foundation

/// A calendar date with an optional time of day, as editors write it: `2025-09-29` or
/// `2025-09-29 14:30` (seconds optional, `T` accepted in place of the space).
///
/// Dates carry no time zone of their own; the site's `timezone` applies when one is needed.
struct SiteDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    var year: Int
    /// The month, 1–12.
    var month: Int
    /// The day of the month, 1–31.
    var day: Int
    /// Hour, minute and second, when a time was given.
    var time: (hour: Int, minute: Int, second: Int)?

    /// Creates a date; returns nil if it does not exist on the calendar.
    init?(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int = 0, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...SiteDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        if let hour {
            guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
            self.time = (hour, minute, second)
        }
    }

    /// Parses `YYYY-MM-DD`, optionally followed by ` HH:MM` or ` HH:MM:SS` (or `T` for the space).
    init?(parsing text: String) {
        let text = text.trimmingSpaces(only: " ")
        let utf8 = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= utf8.count else { return nil }
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard utf8.count == 10 || utf8.count == 16 || utf8.count == 19,
              let year = number(0..<4), utf8[4] == 45, let month = number(5..<7), utf8[7] == 45,
              let day = number(8..<10) else { return nil }
        if utf8.count == 10 {
            self.init(year: year, month: month, day: day)
            return
        }
        guard utf8[10] == 32 || utf8[10] == 84, let hour = number(11..<13), utf8[13] == 58,
              let minute = number(14..<16) else { return nil }
        var second = 0
        if utf8.count == 19 {
            guard utf8[16] == 58, let value = number(17..<19) else { return nil }
            second = value
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// `2025-6-4` or `2025/6/4` written as `2025-06-04`, when that is a real date; otherwise nil.
    static func zeroPadded(_ text: String) -> String? {
        let parts = text.trimmingSpaces().split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, let date = SiteDate(year: year, month: month, day: day) else { return nil }
        return date.isoDate
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The day as one comparable number, `YYYYMMDD`, ignoring the time.
    var dayKey: Int { year * 10_000 + month * 100 + day }

    /// The last day of `year`.
    static func endOfYear(_ year: Int) -> SiteDate {
        SiteDate(uncheckedYear: min(max(year, 1), 9999), month: 12, day: 31)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    var isoDate: String { "\(SiteDate.pad(year, 4))-\(SiteDate.pad(month))-\(SiteDate.pad(day))" }


    /// RFC 3339 date-time in the given UTC offset (e.g. `+08:00`), midnight when no time was given.
    func rfc3339(offset: String) -> String {
        let (hour, minute, second) = time ?? (0, 0, 0)
        return "\(isoDate)T\(SiteDate.pad(hour)):\(SiteDate.pad(minute)):\(SiteDate.pad(second))\(offset)"
    }

    /// `YYYY-MM-DD`, plus ` HH:MM` when a time was given.
    var description: String {
        guard let time else { return isoDate }
        return "\(isoDate) \(SiteDate.pad(time.hour)):\(SiteDate.pad(time.minute))"
    }

    private var sortKey: (Int, Int, Int, Int, Int, Int) {
        let (hour, minute, second) = time ?? (0, 0, 0)
        return (year, month, day, hour, minute, second)
    }

    /// One number that orders dates as `<` does (`YYYYMMDDhhmmss`, no time as midnight): for
    /// sorting thousands of them.
    var ordinal: Int {
        let (hour, minute, second) = time ?? (0, 0, 0)
        return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second
    }

    static func < (lhs: SiteDate, rhs: SiteDate) -> Bool { lhs.sortKey < rhs.sortKey }

    static func == (lhs: SiteDate, rhs: SiteDate) -> Bool { lhs.sortKey == rhs.sortKey }

    func hash(into hasher: inout Hasher) {
        let key = sortKey
        hasher.combine(key.0); hasher.combine(key.1); hasher.combine(key.2)
        hasher.combine(key.3); hasher.combine(key.4); hasher.combine(key.5)
    }
}
