using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphQL.Views;

/// <summary>One hop of a path: two actor ids and every tie that links them.</summary>
internal sealed record PathStepView(string FromId, string ToId, IReadOnlyList<Tie> Ties);
