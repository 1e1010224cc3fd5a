namespace KnowledgeGraph.GraphQL.Tests.Validation.Harness;

public static partial class TestSchemas
{
    /// <summary>A small shop: products, orders and reviews behind interfaces and unions, with every root type.</summary>
    public const string ShopSdl = """
        "An instant, ISO-8601."
        scalar DateTime

        scalar Money

        interface Node {
          id: ID!
        }

        interface Priced {
          price(currency: Currency = EUR): Money!
          discountedPrice(currency: Currency = EUR, coupon: String): Money
        }

        interface Reviewable implements Node {
          id: ID!
          reviews(first: Int = 10, after: String, minRating: Int): ReviewConnection!
          rating: Float
        }

        enum Currency {
          EUR
          USD
          GBP
          CHF @deprecated(reason: "Quoted in EUR since 2024.")
        }

        enum OrderStatus {
          PENDING
          PAID
          SHIPPED
          DELIVERED
          CANCELLED
        }

        type Product implements Node & Priced & Reviewable {
          id: ID!
          name: String!
          description(format: TextFormat = PLAIN, maxLength: Int): String
          price(currency: Currency = EUR): Money!
          discountedPrice(currency: Currency = EUR, coupon: String): Money
          tags: [String!]!
          variants(inStock: Boolean): [Variant!]
          reviews(first: Int = 10, after: String, minRating: Int): ReviewConnection!
          rating: Float
          related(limit: Int! = 5): [Product]
          sku: String @deprecated(reason: "Use variants.sku.")
          category: Category
        }

        type Variant implements Node & Priced {
          id: ID!
          sku: String!
          size: Int
          color: String
          price(currency: Currency = EUR): Money!
          discountedPrice(currency: Currency = EUR, coupon: String): Money
          stock: Int!
        }

        type Category implements Node {
          id: ID!
          name: String!
          parent: Category
          children: [Category!]!
          products(first: Int, filter: ProductFilter): [Product!]!
        }

        type Review implements Node {
          id: ID!
          rating: Int!
          body: String
          author: Customer
          createdAt: DateTime!
        }

        type ReviewConnection {
          edges: [ReviewEdge!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type ReviewEdge {
          cursor: String!
          node: Review!
        }

        type PageInfo {
          hasNextPage: Boolean!
          endCursor: String
        }

        type Customer implements Node {
          id: ID!
          name: String!
          email(masked: Boolean = true): String
          orders(status: [OrderStatus!], first: Int = 20): [Order!]!
          wishlist: [Product]
          friends(first: Int): [Customer!]
        }

        type Order implements Node {
          id: ID!
          status: OrderStatus!
          placedAt: DateTime!
          lines: [OrderLine!]!
          total(currency: Currency = EUR): Money!
          customer: Customer!
        }

        type OrderLine {
          product: Product!
          variant: Variant
          quantity: Int!
        }

        union SearchResult = Product | Category | Customer

        union Purchasable = Product | Variant

        enum TextFormat {
          PLAIN
          MARKDOWN
          HTML
        }

        input ProductFilter {
          nameContains: String
          minPrice: Money
          maxPrice: Money
          tags: [String!]
          inStock: Boolean = true
          category: ProductLookup
        }

        input ProductLookup @oneOf {
          id: ID
          sku: String
          slug: String
        }

        input OrderLineInput {
          product: ProductLookup!
          variantId: ID
          quantity: Int! = 1
        }

        input PlaceOrderInput {
          customerId: ID!
          lines: [OrderLineInput!]!
          coupon: String
          note: String @deprecated(reason: "Notes are ignored.")
          shipping: ShippingInput
        }

        input ShippingInput {
          street: String!
          city: String!
          postcode: String!
          country: String! = "DE"
          express: Boolean = false
        }

        type Query {
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          product(lookup: ProductLookup!): Product
          products(filter: ProductFilter, first: Int = 20, after: String): [Product!]!
          search(text: String!, first: Int = 10): [SearchResult!]!
          customer(id: ID!): Customer
          viewer: Customer
          categories: [Category!]!
          purchasable(id: ID!): Purchasable
        }

        type Mutation {
          placeOrder(input: PlaceOrderInput!): Order
          cancelOrder(id: ID!, reason: String): Order
          addReview(productId: ID!, rating: Int!, body: String): Review
          setWishlist(productIds: [ID!]!): [Product]
        }

        type Subscription {
          orderStatusChanged(orderId: ID!): Order
          newReview(productId: ID, minRating: Int = 1): Review
          priceDropped(lookup: ProductLookup!): Product
        }

        directive @cached(ttl: Int! = 60, scope: CacheScope = PUBLIC) on FIELD | QUERY
        directive @trace(label: String) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY | MUTATION
        directive @auth(role: String!) on FIELD | FRAGMENT_DEFINITION | VARIABLE_DEFINITION

        enum CacheScope {
          PUBLIC
          PRIVATE
        }
        """;
}
