using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Validation;

namespace Rgiem.Core.References;

/// <summary>
/// Everything a record says about documents: the documents it knows (its <c>documents:</c> list, the
/// project registry, its own number) and every reference in its prose, resolved against them. Problems of
/// the list itself are collected in <see cref="ListProblems"/> for the rule that reports them.
/// </summary>
public sealed class RecordReferences
{
    private RecordReferences(
        IReadOnlyList<ListedDocument> listed,
        DocumentRegistry? registry,
        DocumentIndex index,
        IReadOnlyList<CitedReference> citations,
        IReadOnlyList<(DiagnosticDescriptor Descriptor, SourceLocation Location, object?[] Args)> listProblems)
    {
        Listed = listed;
        Registry = registry;
        Index = index;
        Citations = citations;
        ListProblems = listProblems;
    }

    /// <summary>The record's <c>documents:</c> entries, in order.</summary>
    public IReadOnlyList<ListedDocument> Listed { get; }

    public DocumentRegistry? Registry { get; }

    public DocumentIndex Index { get; }

    /// <summary>Every reference in the record's prose, in document order, malformed ones included.</summary>
    public IReadOnlyList<CitedReference> Citations { get; }

    /// <summary>Malformed, impossible or repeated entries of the <c>documents:</c> list written in the record.</summary>
    public IReadOnlyList<(DiagnosticDescriptor Descriptor, SourceLocation Location, object?[] Args)> ListProblems { get; }

    /// <summary>True when the record has a list or the project a registry: only then can a document be "unknown".</summary>
    public bool KnowsDocuments => Listed.Count > 0 || Registry is not null;

    /// <summary>Where the known documents come from, for messages: "the 'documents:' list", "documents.yaml", or both.</summary>
    public string KnownSources => (Listed.Count > 0, Registry) switch
    {
        (true, { } registry) => $"the 'documents:' list or {registry.FileName}",
        (false, { } registry) => registry.FileName,
        _ => "the 'documents:' list",
    };

    /// <summary>Analyses a bound record. <paramref name="prose"/> defaults to <see cref="ProseScanner.Collect(BoundRecord)"/>.</summary>
    public static RecordReferences Analyze(BoundRecord bound, DocumentRegistry? registry, IReadOnlyList<ProseSegment>? prose = null)
    {
        var metadata = bound.Record.Metadata;
        string? defaultBody = DocumentIndex.BodyOfParent(metadata.Parent);
        var problems = new List<(DiagnosticDescriptor, SourceLocation, object?[])>();
        var listed = new List<ListedDocument>();
        string recordPath = bound.Source.Path;
        var builder = new DocumentListBuilder(
            KnownDocumentOrigin.List,
            (descriptor, location, args) =>
            {
                if (location.Path == recordPath)
                {
                    problems.Add((descriptor, location, args));
                }
            },
            defaultBody);
        if (bound.Values.Get("documents") is ListValue list)
        {
            foreach (var item in list.Items.OfType<ObjectValue>())
            {
                if (item.Get("number") is not ScalarValue number)
                {
                    continue;
                }

                var known = builder.Add(number.Text, number.Location, item.Text("title"), item.Text("source"));
                listed.Add(new ListedDocument(number.Text, known, number.Location, number.Location.Path == recordPath));
            }
        }

        var documents = new List<KnownDocument>(builder.Documents);
        if (registry is not null)
        {
            documents.AddRange(registry.Documents);
        }

        if (metadata.Number is { } own)
        {
            // A body the binder took from "parent: STUDY GROUP 17" is spelt as a document body (SG17).
            var number = own.Body is { } body ? own with { Body = DocumentIndex.BodyOfParent(body) ?? body } : own;
            var self = bound.Map.Value("number");
            documents.Add(new KnownDocument(number.Canonical, number, null, number.Revision, metadata.Title, metadata.Source, KnownDocumentOrigin.Self, self));
        }

        var index = new DocumentIndex(documents, defaultBody);

        // The references of every segment in one list of the thread (a record has tens of them: the citations' list is then
        // made to size, not grown), and each number resolved once a record (a record cites the same few documents again
        // and again) in a table of the thread, emptied for each record.
        var found = scratch ??= new Scratch();
        try
        {
            foreach (var segment in prose ?? ProseScanner.Collect(bound))
            {
                int first = found.References.Count;
                DocumentReferenceScanner.ScanInto(segment.Text, found.References);
                for (int i = first; i < found.References.Count; i++)
                {
                    found.Segments.Add(segment);
                }
            }

            var citations = new List<CitedReference>(found.References.Count);
            for (int i = 0; i < found.References.Count; i++)
            {
                var reference = found.References[i];
                citations.Add(new CitedReference(found.Segments[i], reference, index.Resolve(reference, found.Resolved)));
            }

            return new RecordReferences(listed, registry, index, citations, problems);
        }
        finally
        {
            found.Clear();
        }
    }

    /// <summary>The lists and table <see cref="Analyze"/> fills for a record, one set a thread (emptied after each record).</summary>
    [ThreadStatic]
    private static Scratch? scratch;

    private sealed class Scratch
    {
        public readonly List<DocumentReference> References = [];

        /// <summary>The segment of each of <see cref="References"/>.</summary>
        public readonly List<ProseSegment> Segments = [];

        public readonly Dictionary<DocumentNumber, ResolvedReference> Resolved = [];

        public void Clear()
        {
            References.Clear();
            Segments.Clear();
            Resolved.Clear();
        }
    }
}
