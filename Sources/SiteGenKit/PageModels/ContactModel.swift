/// A postal, telephone and e-mail contact (`site.alliance.secretariat`).
struct ContactModel: TemplateModel {
    let contact: Contact

    static let modelName = "contact"
    static let fields = TemplateFields<ContactModel>([
        .text("name", "the office's name") { $0.contact.name },
        .text("address", "postal address") { $0.contact.address },
        .text("phone", "telephone number") { $0.contact.phone },
        .text("email", "e-mail address") { $0.contact.email },
    ])
}
