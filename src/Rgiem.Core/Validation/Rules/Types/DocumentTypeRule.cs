using Rgiem.Core.FrontMatter;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules.Types;

/// <summary>
/// RG1040–RG1043: each document form (<see cref="DocumentForms"/>) has TSB's cover and so its own fields.
/// A field the form requires is reported when absent (RG1040), one the form has no place for when given
/// (RG1041); a liaison statement names at least one addressee and, when it asks for action, a deadline;
/// a contribution keeps its abstract short.
/// </summary>
internal sealed class DocumentTypeRule : IRecordRule
{
    public const int MaxContributionAbstractWords = 200;

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        FrontMatterDescriptors.RequiredForType,
        FrontMatterDescriptors.RequiredMissing,
        FrontMatterDescriptors.FieldOfOtherType,
        FrontMatterDescriptors.NumberTypeMismatch,
        FrontMatterDescriptors.ContributionAbstractTooLong,
    ];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        var values = context.Bound.Values;
        var form = metadata.Form;
        var opening = SourceLocation.At(context.Path, 0, 0, 3);

        void Require(string key, string example, string why)
        {
            // A key written with a rejected value was reported already (RG1008, RG1010, RG1012); one written empty
            // (`abstract: ~`, `''`, `[]`) says nothing, as if it were missing (RG1009 at the key, as for any required field).
            if (!values.KeyLocations.TryGetValue(key, out var keyLocation))
            {
                context.Report(FrontMatterDescriptors.RequiredForType, opening, key, form.Description, example, why);
            }
            else if (IsEmpty(values.Get(key)))
            {
                context.Report(FrontMatterDescriptors.RequiredMissing, keyLocation, key, example, "empty");
            }
        }

        foreach (var field in form.Fields)
        {
            if (field.Use == FieldUse.Required)
            {
                Require(field.Key, field.Example, field.Row);
            }
            else if (field.Use == FieldUse.NotAllowed && values.KeyLocations.ContainsKey(field.Key))
            {
                var home = DocumentForms.All.FirstOrDefault(f => f.Use(field.Key) != FieldUse.NotAllowed && f.Find(field.Key) is not null) ?? DocumentForms.TD;
                context.Report(FrontMatterDescriptors.FieldOfOtherType, context.Map.Key(field.Key), field.Key, home.Description, form.Description, home.Name);
            }
        }

        if (metadata.Type == DocumentType.LS)
        {
            if (metadata.ForAction.Count == 0 && metadata.ForInformation.Count == 0 && !values.KeyLocations.ContainsKey("for-action") && !values.KeyLocations.ContainsKey("for-information"))
            {
                Require("for-action", "[ITU-T SG11]", "the 'For action to:' and 'For information to:' rows name the addressees");
            }

            if (metadata.ForAction.Count > 0)
            {
                Require("deadline", "2024-10-15", "a liaison statement that asks for action says by when");
            }
        }

        if (metadata.Type == DocumentType.C)
        {
            CheckAbstractLength(context);
        }

        if (metadata.Number is { } number && TypeOf(number.Type) is { } numberType && numberType != metadata.Type)
        {
            var numberForm = DocumentForms.Of(numberType);
            context.Report(FrontMatterDescriptors.NumberTypeMismatch, context.Map.Value("number"), number.Canonical, numberForm.Description, form.Description, numberForm.Name);
        }
        else if (metadata.ConferenceNumber is not null && metadata.Type != DocumentType.Conference)
        {
            context.Report(FrontMatterDescriptors.NumberTypeMismatch, context.Map.Value("number"), metadata.ConferenceNumber.Canonical, DocumentForms.Conference.Description, form.Description, DocumentForms.Conference.Name);
        }
    }

    private static bool IsEmpty(FieldValue? value) => value switch
    {
        null => true, // written but not kept: empty (a rejected value is reported already, and this adds that it counts as missing)
        ScalarValue scalar => string.IsNullOrWhiteSpace(scalar.Text),
        ListValue list => list.Items.Count == 0,
        _ => false,
    };

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
    private static DocumentType? TypeOf(string code) =>
        code == "TD" ? null : DocumentForms.All.FirstOrDefault(f => f.NumberCode == code)?.Type;
}
