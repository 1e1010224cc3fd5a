using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export;

public sealed partial record ExportSelection
{
    /// <summary>The selection in words, for the metadata of an export file.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Scope switch
        {
            ExportScope.Neighbourhood => $"the neighbourhood of {string.Join(", ", ActorIds)} within {Depth} hop{(Depth == 1 ? "" : "s")} (at most {MaxNodes} actors)",
            ExportScope.Articles => $"the ties reported by the article{(ArticleIds.Count == 1 ? "" : "s")} {string.Join(", ", ArticleIds)} and the actors they link",
            _ => "the whole graph: every actor and every live tie",
        });
        if (TieTypes.Count > 0)
        {
            text.Append("; ties of type ").Append(string.Join(", ", TieTypes.Select(WireNames.Of)));
        }

        if (DescribeWindow() is { } window)
        {
            text.Append("; ").Append(window);
        }

        text.Append(Edges == EdgeMode.Relations
            ? "; one edge per relation (all reports of one source, type and target folded together)"
            : "; one edge per report");
        return text.ToString();
    }

    /// <summary>
    /// The parameters that give this selection back through <see cref="TryParse"/>, in a fixed order. Values need no
    /// escaping in a query string: they are slugs, tie type names, ISO dates, numbers and keywords.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, string value) => parameters.Add(new(name, value));
        if (Scope == ExportScope.Neighbourhood)
        {
            Add(ActorsParameter, string.Join(',', ActorIds));
            Add(DepthParameter, Depth.ToString(CultureInfo.InvariantCulture));
            Add(MaxNodesParameter, MaxNodes.ToString(CultureInfo.InvariantCulture));
        }

        if (Scope == ExportScope.Articles)
        {
            Add(ArticlesParameter, string.Join(',', ArticleIds));
        }

        if (Scope != ExportScope.WholeGraph)
        {
            if (TieTypes.Count > 0)
            {
                Add(TypesParameter, string.Join(',', TieTypes.Select(WireNames.Of)));
            }

            if (Window.From is { } from)
            {
                Add(FromParameter, Iso(from));
            }

            if (Window.To is { } to)
            {
                Add(ToParameter, Iso(to));
            }

            Add(IncludeUndatedParameter, Window.IncludeUndated ? "true" : "false");
        }

        Add(EdgesParameter, Edges == EdgeMode.Relations ? "relations" : "reports");
        return parameters;
    }

    /// <summary>The parameters as a query string, such as <c>actors=kataib-hezbollah&amp;depth=2&amp;...</c>.</summary>
    public string ToQueryString() => string.Join('&', ToParameters().Select(p => $"{p.Key}={p.Value}"));

    private string? DescribeWindow()
    {
        if (Window.IsUnbounded)
        {
            return null;
        }

        var range = (Window.From, Window.To) switch
        {
            ({ } from, { } to) => $"dated between {Iso(from)} and {Iso(to)}",
            ({ } from, null) => $"dated from {Iso(from)} on",
            (null, { } to) => $"dated up to {Iso(to)}",
            _ => "dated ties only",
        };
        return Window.From is null && Window.To is null ? range
            : range + (Window.IncludeUndated ? ", undated ties included" : ", undated ties left out");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
