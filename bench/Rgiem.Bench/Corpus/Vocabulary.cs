using System.Globalization;

namespace Rgiem.Bench.Corpus;

/// <summary>The words the generator draws from: the names, places and phrases of TSAG rapporteur group reports.</summary>
internal static class Vocabulary
{
    public static readonly string[] Places = ["Geneva", "Hammamet", "Dubai", "Bangkok", "Kigali", "Montreal", "New Delhi", "Sao Paulo"];

    public static readonly string[] Purposes = ["Report", "Approval", "Information", "Discussion"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] People =
    [
        "Mr Glenn PARSONS (Ericsson, Canada)", "Mr Noah LUO (Huawei Technologies, China)", "Mr Arnaud TADDEI (Broadcom Europe, United Kingdom)",
        "Ms Reiko KONDO (KDDI, Japan)", "Mr Olivier DUBUISSON (Orange, France)", "Ms Fatima AL-HASHMI (TRA, United Arab Emirates)",
        "Mr Kwame MENSAH (NCA, Ghana)", "Ms Ana GARCIA (Telefonica, Spain)", "Mr Ivan PETROV (Rostelecom, Russian Federation)",
    ];

    public static readonly string[] Subjects =
    [
        "the ITU-T action plan for a vibrant engagement of the industry", "the proposed revision of WTSA Resolution 68",
        "mechanisms to address new and emerging telecommunication/ICTs", "the terms of reference of TSAG rapporteur groups",
        "data regarding ITU-T study group work including Question level statistics", "the report of the industry engagement workshop",
        "the analysis of past CxO/CTO meetings", "the proposed revision of WTSA Resolution 22", "the ITU-T operational plan",
        "the review of the working methods of TSAG", "the liaison statement from ITU-T SG11 on emerging technologies",
        "the strategic planning of standardization activities", "the metrics of ITU-T membership and participation",
    ];

    public static readonly string[] Sources = ["TSB", "IEWSC Chair", "RG-WM", "RG-SC", "ITU-T SG11", "ITU-T SG13", "Canada", "Broadcom Europe", "China", "Ericsson"];

    public static readonly string[] Clauses =
    [
        "Opening and welcome", "Adoption of the agenda", "Industry engagement", "Metrics and statistics", "Working methods",
        "Mechanisms to address new and emerging technologies", "Liaison statements", "Strategic matters", "Workshops and events",
        "Coordination with other groups", "Work programme", "Future meetings", "AOB",
    ];

    public static readonly string[] Verbs = ["noted", "welcomed", "discussed", "reviewed", "agreed", "considered", "took note of", "endorsed"];

    public static readonly string[] Participles = ["noted", "welcomed", "discussed", "reviewed", "agreed", "considered", "endorsed"];

    public static readonly string[] Reactions =
    [
        "Several members supported the proposal and asked for a precise delta of the text in force.",
        "The contributor was invited to take the comments into account in a revision.",
        "TSB clarified that the statistics would be updated before the next meeting.",
        "The meeting advocated a pragmatic approach based on existing work and mechanisms.",
        "Some members expressed concerns about the workload of the study groups.",
        "It was agreed to continue the discussion by correspondence and in the interim meetings.",
        "The Rapporteur thanked the contributors for their detailed input.",
        "The proponents took note of the comments made, of a substantive and of an editorial nature.",
    ];

    public static readonly string[] ActionVerbs =
    [
        "to request TSAG through WP2 to agree the revised text in", "to request TSAG through WP2 to include in its report",
        "to request TSAG through WP2 to approve the liaison statement in", "to request TSAG through WP2 to note",
        "to invite TSAG to consider the proposals in", "to request TSAG through WP2 to forward to WTSA the text in",
    ];

    /// <summary>
    /// The groups that meet: the TSAG rapporteur groups and the working parties of the ITU-T study groups (50 in
    /// all). Record <c>i</c> is a meeting of group <c>(i - 1) mod 50</c>, so each group holds one meeting in 50.
    /// </summary>
    public static readonly MeetingGroup[] Groups = MakeGroups();

    public static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static MeetingGroup[] MakeGroups()
    {
        var groups = new List<MeetingGroup>
        {
            new("RG-IEM", "TSAG", "TSAG", "the TSAG Rapporteur Group on Industry Engagement, Metrics"),
            new("RG-WM", "TSAG", "TSAG", "the TSAG Rapporteur Group on Working Methods"),
            new("RG-SC", "TSAG", "TSAG", "the TSAG Rapporteur Group on Strengthening Collaboration"),
            new("RG-DT", "TSAG", "TSAG", "the TSAG Rapporteur Group on Digital Transformation"),
            new("RG-WPR", "TSAG", "TSAG", "the TSAG Rapporteur Group on WTSA Resolutions Review"),
            new("RG-StdsStrat", "TSAG", "TSAG", "the TSAG Rapporteur Group on Standardization Strategy"),
        };
        (int StudyGroup, int Parties)[] studyGroups = [(2, 2), (3, 3), (5, 3), (9, 2), (11, 4), (12, 3), (13, 3), (15, 3), (16, 3), (17, 4), (20, 2), (21, 3)];
        foreach (var (studyGroup, parties) in studyGroups)
        {
            for (int party = 1; party <= parties; party++)
            {
                groups.Add(new(
                    string.Create(CultureInfo.InvariantCulture, $"SG{studyGroup}-WP{party}"),
                    string.Create(CultureInfo.InvariantCulture, $"STUDY GROUP {studyGroup}"),
                    string.Create(CultureInfo.InvariantCulture, $"SG{studyGroup}"),
                    string.Create(CultureInfo.InvariantCulture, $"Working Party {party}/{studyGroup}")));
            }
        }

        (string Id, int StudyGroup, string Name)[] others =
        [
            ("FG-AI4H", 16, "the Focus Group on Artificial Intelligence for Health"),
            ("FG-AI4A", 5, "the Focus Group on AI and IoT for Digital Agriculture"),
            ("FG-AINN", 13, "the Focus Group on AI-Native Networks"),
            ("FG-MV", 16, "the Focus Group on Metaverse"),
            ("FG-AI4NDM", 2, "the Focus Group on AI for Natural Disaster Management"),
            ("FG-NET2030", 13, "the Focus Group on Technologies for Network 2030"),
            ("JCA-IoT", 20, "the Joint Coordination Activity on Internet of Things and Smart Cities"),
            ("JCA-IMT2020", 13, "the Joint Coordination Activity on IMT-2020"),
            ("JCA-AHF", 16, "the Joint Coordination Activity on Accessibility and Human Factors"),
        ];
        foreach (var (id, studyGroup, name) in others)
        {
            groups.Add(new(id, string.Create(CultureInfo.InvariantCulture, $"STUDY GROUP {studyGroup}"), string.Create(CultureInfo.InvariantCulture, $"SG{studyGroup}"), name));
        }

        return [.. groups];
    }
}
