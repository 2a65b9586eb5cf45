using Rgiem.Core.FrontMatter;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class RecordFormatDocumentationTests
{
    [Fact]
    public void Every_front_matter_field_is_documented()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "record-format.md"));
        var missing = FrontMatterSchema.Fields
            .SelectMany(f => new[] { f.Key }.Concat(f.Fields.Select(c => c.Key)))
            .Distinct()
            .Where(key => !doc.Contains($"`{key}`", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "docs/record-format.md does not mention: " + string.Join(", ", missing));
    }
}
