namespace Bulletin.Review;

/// <summary>Who may review drafts and what an added URL may reach (configuration section <c>Bulletin:Review</c>).</summary>
public sealed class ReviewOptions
{
    public const string Section = "Bulletin:Review";

    /// <summary>Editors who sign in with a password; hashes come from <c>Bulletin hash-password</c>.</summary>
    public IList<ReviewEditor> Editors { get; init; } = [];

    /// <summary>
    /// A request header (e.g. <c>X-Forwarded-User</c>) naming the editor, set by a reverse proxy that
    /// has signed them in. Leave empty unless the proxy strips the header from clients' requests.
    /// </summary>
    public string? TrustedHeader { get; set; }

    /// <summary>Lets add-by-URL reach loopback, private and link-local addresses. Default false.</summary>
    public bool AllowPrivateAddresses { get; set; }
}

/// <summary>One editor account: a name and a PBKDF2 password hash.</summary>
public sealed class ReviewEditor
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}
