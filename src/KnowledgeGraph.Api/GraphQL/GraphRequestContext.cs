using KnowledgeGraph.Api.Security;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>What every resolver of one request reads: the store, who is asking, and the clock.</summary>
internal sealed record GraphRequestContext(IGraphStore Store, RequestPrincipal Principal, TimeProvider Time);
