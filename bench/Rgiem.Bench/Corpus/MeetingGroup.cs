namespace Rgiem.Bench.Corpus;

/// <summary>A group whose meetings the generator records: its identifier (<c>group</c>, also the action prefix), its parent body and its name.</summary>
/// <param name="Id">The group identifier, e.g. <c>RG-IEM</c> or <c>SG17-WP1</c>.</param>
/// <param name="Parent">The parent body as the cover prints it: <c>TSAG</c> or <c>STUDY GROUP 17</c>.</param>
/// <param name="Body">The parent's short form in document numbers: <c>TSAG</c> or <c>SG17</c>.</param>
/// <param name="Name">The group's name in running text, e.g. <c>the TSAG Rapporteur Group on Working Methods</c>.</param>
internal sealed record MeetingGroup(string Id, string Parent, string Body, string Name);
