namespace Bulletin.Core.Classification.Issuers;

/// <summary>How the bulletin prints a body that has a parent ("display" in the seeds file).</summary>
public enum IssuerDisplay
{
    /// <summary>Not given: <see cref="Bracketed"/> when the body has a parent, else <see cref="Name"/>.</summary>
    Default,

    /// <summary>"name": the body's own name (embassies, armed wings, national sections of an NGO).</summary>
    Name,

    /// <summary>"bracketed": "Parent (Name)", e.g. "National Unity Government (Ministry of Human Rights)".</summary>
    Bracketed,

    /// <summary>
    /// "parent": the parent's name alone. Editors credit UN special procedures and the High Commissioner
    /// to the Office of the High Commissioner for Human Rights, which publishes their statements.
    /// </summary>
    Parent,
}
