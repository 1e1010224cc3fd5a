namespace KnowledgeGraph.Core.Export;

/// <summary>A parsed <c>GET /export</c> request: which format, and what to put in it.</summary>
public sealed record ExportRequest(GraphExporter Exporter, ExportSelection Selection);
