using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Picks loopback ports that are free right now, by letting the OS choose them.</summary>
internal static class FreeTcpPorts
{
    public static int[] Pick(int count)
    {
        // All listeners stay open until every port is chosen, so the ports are distinct.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
                listener.Dispose();
            }
        }
    }
}
