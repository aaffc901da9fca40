using System.ComponentModel.DataAnnotations;

namespace Bulletin.Core.Classification;

/// <summary>How issuers are named (configuration section <c>Bulletin:Attribution</c>).</summary>
public sealed class AttributionOptions
{
    public const string Section = "Bulletin:Attribution";

    /// <summary>
    /// A joint statement signed by more than this many bodies is credited to a count
    /// ("59 Civil Society Organizations") instead of every name. Default 10.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Bulletin:Attribution:SignatoryThreshold must be between 1 and 1000; editors list names up to this many signatories.")]
    public int SignatoryThreshold { get; set; } = 10;

    /// <summary>The words after the count when the statement does not say what its signatories are. Default "Civil Society Organizations".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:Attribution:CollectiveName must not be empty; e.g. \"Civil Society Organizations\".")]
    public string CollectiveName { get; set; } = "Civil Society Organizations";

    /// <summary>Path of the issuer directory. Default "seeds/issuers.json".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:Attribution:IssuersPath must name the issuer directory file, e.g. seeds/issuers.json.")]
    public string IssuersPath { get; set; } = "seeds/issuers.json";

    /// <summary>Path of the gazetteer of Myanmar's places, used to name in English a body named only in Burmese. Default "seeds/places.json".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:Attribution:PlacesPath must name the gazetteer file, e.g. seeds/places.json.")]
    public string PlacesPath { get; set; } = "seeds/places.json";

    /// <summary>Path of the glossary of organisational terms (Burmese to English, and English head nouns). Default "seeds/terms.json".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bulletin:Attribution:TermsPath must name the glossary file, e.g. seeds/terms.json.")]
    public string TermsPath { get; set; } = "seeds/terms.json";
}
