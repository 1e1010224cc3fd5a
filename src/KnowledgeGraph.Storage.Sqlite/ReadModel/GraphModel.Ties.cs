using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

internal sealed partial class GraphModel
{
    // Flags: the two low bits hold the date precision; the others say whether the slot holds a tie and whether it is retracted.
    private const byte PrecisionMask = 0b0011;
    private const byte RetractedFlag = 0b0100;
    private const byte PresentFlag = 0b1000;

    private readonly Column<int> _tieSource = new();
    private readonly Column<int> _tieTarget = new();
    private readonly Column<int> _tieArticle = new();
    private readonly Column<int> _tieStart = new();
    private readonly Column<int> _tieEnd = new();
    private readonly Column<byte> _tieType = new();
    private readonly Column<byte> _tieFlags = new();

    /// <value>One past the highest tie index used.</value>
    public int TieSlots => _tieFlags.Count;

    /// <value>How many ties are stored, retracted ones included.</value>
    public int TieCount { get; private set; }

    public bool TieExists(int tie) => tie >= 0 && tie < _tieFlags.Count && (_tieFlags.Items[tie] & PresentFlag) != 0;

    public TieType TypeOf(int tie) => (TieType)_tieType.Items[tie];

    public int SourceOf(int tie) => _tieSource.Items[tie];

    public int TargetOf(int tie) => _tieTarget.Items[tie];

    public int ArticleOf(int tie) => _tieArticle.Items[tie];

    /// <summary>The other end of <paramref name="tie"/> seen from <paramref name="actor"/>.</summary>
    public int OtherEnd(int tie, int actor)
    {
        var source = _tieSource.Items[tie];
        return source == actor ? _tieTarget.Items[tie] : source;
    }

    public DatePrecision PrecisionOf(int tie) => (DatePrecision)(_tieFlags.Items[tie] & PrecisionMask);

    public bool IsUndated(int tie) => PrecisionOf(tie) == DatePrecision.Unknown;

    public bool IsRetracted(int tie) => (_tieFlags.Items[tie] & RetractedFlag) != 0;

    /// <summary>The first day of the tie's date as a day number; meaningless when undated.</summary>
    public int StartDay(int tie) => _tieStart.Items[tie];

    /// <summary>The last day of the tie's date as a day number; meaningless when undated.</summary>
    public int EndDay(int tie) => _tieEnd.Items[tie];

    public void AddTie(int tie, TieType type, int source, int target, int article, PartialDate date, bool retracted) =>
        AddTie(tie, type, source, target, article, date.Precision, date.IsUnknown ? 0 : date.Start.DayNumber, retracted);

    /// <param name="tie">The tie's index.</param>
    /// <param name="type">Its type.</param>
    /// <param name="source">The source actor's index.</param>
    /// <param name="target">The target actor's index.</param>
    /// <param name="article">The article's index.</param>
    /// <param name="precision">The date's precision.</param>
    /// <param name="startDay">The first day of the date as a day number; ignored when the precision is unknown.</param>
    /// <param name="retracted">Whether the tie is retracted.</param>
    public void AddTie(int tie, TieType type, int source, int target, int article, DatePrecision precision, int startDay, bool retracted)
    {
        _tieSource.Set(tie, source);
        _tieTarget.Set(tie, target);
        _tieArticle.Set(tie, article);
        _tieType.Set(tie, (byte)type);
        _tieStart.Set(tie, precision == DatePrecision.Unknown ? 0 : startDay);
        _tieEnd.Set(tie, precision switch
        {
            DatePrecision.Day => startDay,
            DatePrecision.Month => PartialDate.OfMonth(DateOnly.FromDayNumber(startDay).Year, DateOnly.FromDayNumber(startDay).Month).End.DayNumber,
            DatePrecision.Year => PartialDate.OfYear(DateOnly.FromDayNumber(startDay).Year).End.DayNumber,
            _ => 0,
        });
        _tieFlags.Set(tie, (byte)((byte)precision | PresentFlag | (retracted ? RetractedFlag : 0)));
        _actorTies[source].Add(tie);
        ForgetTieOrder(source);
        if (target != source)
        {
            _actorTies[target].Add(tie);
            ForgetTieOrder(target);
        }

        _articleTies[article].Add(tie);
        TieCount++;
    }

    public void Retract(int tie)
    {
        _tieFlags.Items[tie] |= RetractedFlag;
        ForgetTieOrder(_tieSource.Items[tie]);
        ForgetTieOrder(_tieTarget.Items[tie]);
    }
}
