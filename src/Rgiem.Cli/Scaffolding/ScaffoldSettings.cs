namespace Rgiem.Cli.Scaffolding;

/// <summary>What a scaffold is made from: the group, its parent body, the meeting date and place.</summary>
internal sealed record ScaffoldSettings(string Group, string Parent, DateOnly Date, string Place)
{
    public const string DefaultGroup = "RG-EXAMPLE";

    public const string DefaultParent = "TSAG";

    public const string DefaultPlace = "Geneva";

    /// <summary>"in Geneva", or "online" for a virtual meeting: how the text says where the group met.</summary>
    public string Where => Place.Trim().ToUpperInvariant() is "VIRTUAL" or "ONLINE" or "E-MEETING" ? "online" : "in " + Place;
}
