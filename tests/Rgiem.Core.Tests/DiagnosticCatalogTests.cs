using System.Reflection;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public partial class DiagnosticCatalogTests
{
    private static readonly Type[] DescriptorClasses =
        typeof(DiagnosticDescriptor).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Descriptors", StringComparison.Ordinal))
            .ToArray();

    [Fact]
    public void Every_descriptor_field_is_in_the_catalog_once()
    {
        var declared = DescriptorClasses
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(declared);
        Assert.Equal(declared.Select(d => d.Id).Order(StringComparer.Ordinal), DiagnosticCatalog.All.Select(d => d.Id));
    }

    [Fact]
    public void Ids_are_unique_well_formed_and_in_their_stage_range()
    {
        var ranges = new Dictionary<string, char>
        {
            ["LoadDescriptors"] = '0', ["ToolDescriptors"] = '0', ["CacheDescriptors"] = '0', ["SuppressionDescriptors"] = '0', ["FrontMatterDescriptors"] = '1', ["StructureDescriptors"] = '2', ["ActionDescriptors"] = '3',
            ["ReferenceDescriptors"] = '4', ["DateTimeDescriptors"] = '5', ["StatisticsDescriptors"] = '6', ["ReadinessDescriptors"] = '7',
            ["RenderDescriptors"] = '8', ["DeltaDescriptors"] = '8', ["ImportDescriptors"] = '8', ["DirectiveDescriptors"] = '2', ["RepositoryDescriptors"] = '9',
            ["CriticDescriptors"] = '2', ["GridTableDescriptors"] = '2', ["EditsDescriptors"] = '8',
        };
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
        foreach (var type in DescriptorClasses)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
            {
                var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
                Assert.Matches(IdPattern(), descriptor.Id);
                Assert.Equal(ranges[type.Name], descriptor.Id[2]);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Id);
                Assert.DoesNotContain("\n", descriptor.Title, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_id_has_a_documentation_entry_with_a_bad_and_a_good_example()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "diagnostics.md"));
        var sections = SectionPattern().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        var missing = DiagnosticCatalog.All.Select(d => d.Id).Except(sections).ToList();
        Assert.True(missing.Count == 0, "docs/diagnostics.md lacks entries for: " + string.Join(", ", missing));
        var unknown = sections.Except(DiagnosticCatalog.All.Select(d => d.Id)).ToList();
        Assert.True(unknown.Count == 0, "docs/diagnostics.md documents IDs no descriptor has: " + string.Join(", ", unknown));
        Assert.Equal(sections.Count, sections.Distinct().Count());

        foreach (var descriptor in DiagnosticCatalog.All)
        {
            string section = Section(doc, descriptor.Id);
            Assert.True(section.Contains("Bad:", StringComparison.Ordinal), $"{descriptor.Id} has no 'Bad:' example");
            Assert.True(section.Contains("Good:", StringComparison.Ordinal), $"{descriptor.Id} has no 'Good:' example");
            Assert.True(section.Contains(descriptor.Title, StringComparison.Ordinal), $"{descriptor.Id}'s heading does not carry its title '{descriptor.Title}'");
        }
    }

    private static string Section(string doc, string id)
    {
        int start = doc.IndexOf("## " + id, StringComparison.Ordinal);
        int end = doc.IndexOf("\n## RG", start + 3, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }

    [GeneratedRegex(@"^RG\d{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^## (RG\d{4})\b", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();
}
