namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG4xxx document reference rules, in the order they run.</summary>
public static class ReferenceRules
{
    public static IReadOnlyList<IRecordRule> All { get; } =
    [
        new DocumentListRule(),
        new MalformedReferenceRule(),
        new GluedReferenceRule(),
        new UnknownDocumentRule(),
        new RevisionBeyondLatestRule(),
        new RevisionOlderThanLatestRule(),
        new MeetingDocumentDateRule(),
        new RevisionZeroRule(),
        new UncitedDocumentRule(),
    ];
}
