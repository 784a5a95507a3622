/// A postal, telephone and e-mail contact.
struct Contact: Sendable {
    /// The office's name, e.g. 联盟秘书处.
    var name: String?
    /// Postal address.
    var address: String?
    /// Telephone number.
    var phone: String?
    /// E-mail address.
    var email: String?

    /// Creates a contact.
    init(name: String? = nil, address: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
    }
}
