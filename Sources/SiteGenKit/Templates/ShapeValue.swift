import Mustache

/// A value a template reads, sorted by what swift-mustache does with it (see ``TemplateShapes``):
/// the only kinds whose rendering depends on nothing but the kind itself (and a flag's value, a
/// list's length), so that a template rendered once with stand-ins for them renders every page
/// that gives the same kinds.
enum ShapeValue {
    /// No such name here: the lookup goes on down the stack.
    case missing
    /// A flag: a section over it is shown when true; it shows as `true`/`false`.
    case flag(Bool)
    /// Text: shown (escaped or not), transformable; a section over it shows once.
    case text(TemplateText)
    /// HTML made when shown (a shared chunk).
    case html(LazyHTML)
    /// A value with named fields: a section over it shows once with it on the stack.
    case object(any TemplateObject)
    /// A list: a section over it shows once per element.
    case list(any ShapeList)

    /// What a page's rendering depends on: the kind, a flag's value, a list's length.
    enum Outcome: Hashable, Sendable {
        case missing
        case flag(Bool)
        case text
        case html
        case object
        case list(count: Int)
    }

    /// The kind of `value`, or nil for a value whose rendering may depend on more than its kind
    /// (a plain `String`, a number, a dictionary, …): pages with such values render as they are.
    init?(_ value: Any?) {
        switch value {
        case nil: self = .missing
        case let text as TemplateText: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let html as LazyHTML: self = .html(html)
        case let object as any TemplateObject: self = .object(object)
        case let list as any ShapeList: self = .list(list)
        case let object as any MustacheParent:
            guard !(object is any MustacheCustomRenderable), !(object is any MustacheTransformable),
                  !(object is any MustacheSequence), !(object is any MustacheCustomRepresentation) else { return nil }
            self = .object(OtherParent(base: object))
        default: return nil
        }
    }

    /// What rendering depends on.
    var outcome: Outcome {
        switch self {
        case .missing: .missing
        case let .flag(flag): .flag(flag)
        case .text: .text
        case .html: .html
        case .object: .object
        case let .list(list): .list(count: list.shapeCount)
        }
    }
}

/// A value with named fields that swift-mustache treats as nothing else (not shown, not
/// transformed, not a sequence): what ``ShapeValue`` sorts with one cast.
protocol TemplateObject: MustacheParent {
    /// The field `name`, whose number is `number` (``TemplateFieldNumbers``), sorted as
    /// ``ShapeValue`` sorts `child(named:)`.
    func shapeValue(ofField number: Int, named name: String) -> ShapeValue?
}

extension TemplateObject {
    /// The field `name` sorted from `child(named:)`.
    func shapeValue(ofField number: Int, named name: String) -> ShapeValue? { ShapeValue(child(named: name)) }
}

/// A value with named fields of a type that is no ``TemplateObject``.
private struct OtherParent: TemplateObject {
    let base: any MustacheParent

    func child(named name: String) -> Any? { base.child(named: name) }
}

/// An array as swift-mustache sees every array: a sequence whose transforms depend only on its
/// length and order.
protocol ShapeList {
    /// How many elements.
    var shapeCount: Int { get }
    /// The element at `index`.
    func shapeElement(at index: Int) -> Any
}

extension Array: ShapeList {
    var shapeCount: Int { count }
    func shapeElement(at index: Int) -> Any { self[index] }
}
