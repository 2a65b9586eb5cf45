using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules.Types;

/// <summary>
/// RG1040–RG1043: each document type has its own cover and so its own required fields. A contribution
/// names its Question(s), purpose and keywords and keeps its abstract short; a report is the report of a
/// meeting; a liaison statement says whom it is for, for what, who approved it and, when it asks for
/// action, by when. Liaison fields on another type have no place on its cover.
/// </summary>
internal sealed class DocumentTypeRule : IRecordRule
{
    public const int MaxContributionAbstractWords = 200;

    private static readonly string[] LiaisonFields = ["for", "to", "approval", "deadline"];

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        FrontMatterDescriptors.RequiredForType,
        FrontMatterDescriptors.FieldOfOtherType,
        FrontMatterDescriptors.NumberTypeMismatch,
        FrontMatterDescriptors.ContributionAbstractTooLong,
    ];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        var values = context.Bound.Values;
        string typeName = Name(metadata.Type);
        var opening = SourceLocation.At(context.Path, 0, 0, 3);

        void Require(string key, string example, string why)
        {
            // A key written with a rejected value was reported already (RG1008, RG1010, RG1012).
            if (!values.KeyLocations.ContainsKey(key))
            {
                context.Report(FrontMatterDescriptors.RequiredForType, opening, key, typeName, example, why);
            }
        }

        switch (metadata.Type)
        {
            case DocumentType.C:
                Require("questions", "Q10/17", "a contribution is submitted to Questions");
                Require("purpose", "Proposal", "the cover's Purpose row");
                Require("keywords", "[security, trust]", "the cover's Keywords row");
                CheckAbstractLength(context);
                break;
            case DocumentType.Report:
                Require("meeting", "{place: Geneva, from: 2024-07-29, to: 2024-08-02}", "a report is the report of a meeting: the cover gives its place and dates");
                break;
            case DocumentType.LS:
                Require("for", "action", "the cover's 'For action to:' row");
                Require("to", "[ITU-T SG11]", "the addressees of the 'For … to:' row");
                Require("approval", "Agreed to at the TSAG meeting (Geneva, 2 August 2024)", "the cover's Approval row");
                if (metadata.LiaisonFor == "action")
                {
                    Require("deadline", "2024-10-15", "a liaison statement that asks for action says by when");
                }

                break;
        }

        if (metadata.Type != DocumentType.LS)
        {
            foreach (string key in LiaisonFields.Where(values.KeyLocations.ContainsKey))
            {
                context.Report(FrontMatterDescriptors.FieldOfOtherType, context.Map.Key(key), key, Name(DocumentType.LS), typeName, "LS");
            }
        }

        if (metadata.Number is { } number && TypeOf(number.Type) is { } numberType && numberType != metadata.Type)
        {
            context.Report(FrontMatterDescriptors.NumberTypeMismatch, context.Map.Value("number"), number.Canonical, Name(numberType), typeName, Code(numberType));
        }
    }

    private static void CheckAbstractLength(RecordContext context)
    {
        if (context.Record.Metadata.Abstract is not { } text)
        {
            return;
        }

        int words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxContributionAbstractWords)
        {
            context.Report(FrontMatterDescriptors.ContributionAbstractTooLong, context.Map.Value("abstract"), words, MaxContributionAbstractWords);
        }
    }

    /// <summary>The type a document number's letters stand for; a TD number fits any type (LSs and reports are often TDs).</summary>
    private static DocumentType? TypeOf(string code) => code switch
    {
        "C" => DocumentType.C,
        "R" => DocumentType.Report,
        "LS" => DocumentType.LS,
        _ => null,
    };

    private static string Code(DocumentType type) => type switch
    {
        DocumentType.C => "C",
        DocumentType.Report => "Report",
        DocumentType.LS => "LS",
        _ => "TD",
    };

    private static string Name(DocumentType type) => type switch
    {
        DocumentType.C => "contribution",
        DocumentType.Report => "report",
        DocumentType.LS => "liaison statement",
        _ => "TD",
    };
}
