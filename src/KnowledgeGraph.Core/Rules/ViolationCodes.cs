namespace KnowledgeGraph.Core.Rules;

/// <summary>The stable codes of rule violations; the API returns them as <c>extensions.code</c>.</summary>
public static class ViolationCodes
{
    public const string Required = "REQUIRED";
    public const string Invalid = "INVALID";
    public const string InvalidId = "INVALID_ID";
    public const string TooLong = "TOO_LONG";
    public const string InvalidDate = "INVALID_DATE";
    public const string UnknownActor = "UNKNOWN_ACTOR";
    public const string UnknownArticle = "UNKNOWN_ARTICLE";
    public const string UnknownTie = "UNKNOWN_TIE";
    public const string LeadsFromNonPerson = "LEADS_FROM_NON_PERSON";
    public const string SelfTie = "SELF_TIE";
    public const string EvidenceNotInArticle = "EVIDENCE_NOT_IN_ARTICLE";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string Conflict = "CONFLICT";
    public const string ActorMerged = "ACTOR_MERGED";
    public const string KindMismatch = "KIND_MISMATCH";
}
