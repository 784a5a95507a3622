/// A postal, telephone and e-mail contact.
public struct Contact: Sendable {
    /// The office's name, e.g. 联盟秘书处.
    public var name: String?
    /// Postal address.
    public var address: String?
    /// Telephone number.
    public var phone: String?
    /// E-mail address.
    public var email: String?

    /// Creates a contact.
    public init(name: String? = nil, address: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
    }
}
