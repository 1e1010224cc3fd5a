using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>
/// Reads Chromium's accessibility tree (the one screen readers get, over the DevTools protocol) and lists the
/// controls a screen reader would announce without a name.
/// </summary>
internal static class AccessibleNames
{
    // A <select> is checked as its combobox; the popup Chromium builds inside it (MenuListPopup) is not the page's.
    private static readonly HashSet<string> ControlRoles = new(StringComparer.Ordinal)
    {
        "button", "link", "textbox", "searchbox", "combobox", "checkbox", "radio", "slider", "spinbutton",
        "listbox", "option", "menuitem", "switch", "tab",
    };

    /// <summary>The controls without an accessible name, each described by its role and DOM element.</summary>
    public static async Task<(int Controls, List<string> Unnamed)> FindUnnamedControlsAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var tree = await session.SendAsync("Accessibility.getFullAXTree") ?? throw new InvalidOperationException("no accessibility tree");
            var controls = 0;
            var unnamed = new List<string>();
            foreach (var node in tree.GetProperty("nodes").EnumerateArray())
            {
                var role = Text(node, "role");
                if (node.GetProperty("ignored").GetBoolean() || role is null || !ControlRoles.Contains(role))
                {
                    continue;
                }

                controls++;
                if (string.IsNullOrWhiteSpace(Text(node, "name")))
                {
                    unnamed.Add($"{role}: {await DescribeAsync(session, node)}");
                }
            }

            return (controls, unnamed);
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.TryGetProperty("value", out var text) ? text.ToString() : null;

    private static async Task<string> DescribeAsync(ICDPSession session, JsonElement node)
    {
        if (!node.TryGetProperty("backendDOMNodeId", out var id))
        {
            return "(no DOM element)";
        }

        var described = await session.SendAsync("DOM.describeNode", new Dictionary<string, object> { ["backendNodeId"] = id.GetInt32() });
        var element = described!.Value.GetProperty("node");
        var attributes = element.TryGetProperty("attributes", out var list) ? string.Join(' ', list.EnumerateArray()) : "";
        return $"<{element.GetProperty("localName").GetString()} {attributes}>";
    }
}
