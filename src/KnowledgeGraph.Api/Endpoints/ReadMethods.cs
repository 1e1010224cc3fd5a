namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// The methods a read-only resource answers: GET, and HEAD, which monitors and load balancers probe with and RFC 9110
/// asks of every GET resource. The server leaves a HEAD answer's body out.
/// </summary>
internal static class ReadMethods
{
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
