using System.Text;

namespace KnowledgeGraph.Benchmarks.Generation;

/// <summary>
/// Makes up names in the shape of the region's actors, and the spellings a transliterated name picks up across
/// outlets: Hezb/Hizb, Kata'ib/Kataʿib/Kataib, al-/el-/Al, Ḥ and ā, hyphens and spaces.
/// </summary>
internal sealed class NameForge
{
    private static readonly string[] FactionHeads = ["Kataib", "Asaib", "Harakat", "Liwa", "Saraya", "Jaish", "Hezb", "Ansar", "Jabhat", "Quwat", "Firqat", "Tajammu"];
    private static readonly string[] Onsets = ["b", "d", "f", "h", "j", "k", "kh", "m", "n", "q", "r", "s", "sh", "t", "z", "dh", "gh", ""];
    private static readonly string[] Vowels = ["a", "i", "u", "aa", "ee", "ou", "ai"];
    private static readonly string[] Codas = ["", "n", "r", "d", "l", "m", "b", "q", "s"];
    private static readonly string[] Given = ["Abu", "Hadi", "Qais", "Akram", "Falih", "Hamid", "Jamal", "Mohammed", "Ali", "Hassan", "Kazem", "Mustafa", "Nouri", "Haidar"];
    private static readonly string[] Countries = ["Iraq", "Syria", "Iran", "Lebanon", "Yemen", "Turkey", "Jordan", "Kuwait"];
    private static readonly string[] Bodies = ["Ministry of Interior", "Ministry of Defence", "Army", "Counter-Terrorism Service", "Federal Police", "Parliament", "Intelligence Service", "Border Guard"];

    private readonly Random _random;

    public NameForge(Random random)
    {
        _random = random;
    }

    public string Faction() => $"{Pick(FactionHeads)} {Word()}{(_random.Next(3) == 0 ? $" al-{Word()}" : "")}";

    public string Person() => $"{Pick(Given)} {Word()} al-{Word()}";

    public string Government() => $"{Pick(Countries)} {Pick(Bodies)} {Word()}";

    public string Place() => $"{Word()} {(_random.Next(2) == 0 ? "base" : "district")}";

    /// <summary>One to four other spellings of <paramref name="name"/>, each a few transliteration changes away.</summary>
    public List<string> Variants(string name)
    {
        var variants = new List<string>();
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            variants.Add(Vary(name));
        }

        return variants;
    }

    private string Vary(string name)
    {
        var text = name;
        foreach (var (from, to) in new[] { ("e", "i"), ("ou", "u"), ("q", "k"), ("dh", "z"), ("kh", "h"), ("aa", "a"), ("ee", "i"), ("z", "dh") })
        {
            if (_random.Next(3) == 0)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        text = _random.Next(4) switch
        {
            0 => text.Replace("al-", "el-", StringComparison.Ordinal),
            1 => text.Replace("al-", "Al ", StringComparison.Ordinal),
            2 => text.Replace("al-", "", StringComparison.Ordinal),
            _ => text,
        };
        return _random.Next(5) switch
        {
            0 => InsertMark(text, '\''),
            1 => InsertMark(text, 'ʿ'),
            2 => text.Replace('H', 'Ḥ').Replace("aa", "ā", StringComparison.Ordinal),
            3 => text.Replace(' ', '-'),
            _ => text.ToUpperInvariant(),
        };
    }

    private string InsertMark(string text, char mark)
    {
        var at = text.IndexOf('a', 1);
        return at > 0 ? text.Insert(at + 1, mark.ToString()) : text;
    }

    private string Word()
    {
        var word = new StringBuilder();
        for (var i = _random.Next(2, 4); i > 0; i--)
        {
            word.Append(Pick(Onsets)).Append(Pick(Vowels)).Append(Pick(Codas));
        }

        if (word.Length < 3)
        {
            word.Append("ar");
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
