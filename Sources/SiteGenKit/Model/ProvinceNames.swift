import Foundation

/// China's province-level divisions, for validating a member's `region`.
enum ProvinceNames {
    /// Short names, as members' regions are written and shown.
    static let all: [String] = [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
    ]

    private static let suffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"]

    /// The short name for `text` (`江苏省` → `江苏`), or nil if it names no province-level division.
    static func canonical(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        if all.contains(trimmed) { return trimmed }
        for suffix in suffixes where trimmed.hasSuffix(suffix) {
            let stem = String(trimmed.dropLast(suffix.count))
            if all.contains(stem) { return stem }
        }
        return nil
    }
}
