using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for the shop schema: realistic operations, then broken ones.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> ShopCases()
    {
        string[] documents =
        [
            IntrospectionQuery.Build(),
            IntrospectionQuery.Build(new IntrospectionQueryOptions
            {
                Descriptions = true,
                SpecifiedByUrl = true,
                DirectiveIsRepeatable = true,
                SchemaDescription = true,
                InputValueDeprecation = true,
                OneOf = true,
            }),
            """
            query ProductPage($lookup: ProductLookup!, $currency: Currency = EUR, $reviews: Int = 5) @cached(ttl: 30) {
              product(lookup: $lookup) {
                ...ProductCard
                description(format: MARKDOWN)
                variants(inStock: true) { sku size color price(currency: $currency) stock }
                reviews(first: $reviews) { edges { cursor node { rating body author { name } createdAt } } pageInfo { hasNextPage endCursor } }
                related { ...ProductCard }
              }
            }
            fragment ProductCard on Product { id name price(currency: $currency) rating tags }
            """,
            """
            query Search($text: String!) {
              search(text: $text) {
                __typename
                ... on Node { id }
                ... on Product { name price }
                ... on Category { name parent { name } }
                ... on Customer { name email(masked: true) }
              }
              purchasable(id: "1") { ... on Priced { price discountedPrice(coupon: "SAVE") } ... on Variant { sku } }
            }
            """,
            """
            mutation Checkout($input: PlaceOrderInput!) @trace(label: "checkout") @trace {
              placeOrder(input: $input) { id status total lines { quantity product { name } } }
            }
            """,
            """
            mutation {
              placeOrder(input: { customerId: 1, lines: [{ product: { sku: "A-1" }, quantity: 2 }, { product: { id: 7 } }], shipping: { street: "Main", city: "X", postcode: "1" } }) { id }
              setWishlist(productIds: "1") { id }
              addReview(productId: 1, rating: "five") { id }
            }
            """,
            "subscription OnOrder($id: ID!) { orderStatusChanged(orderId: $id) { status } }",
            "subscription { orderStatusChanged(orderId: 1) { status } newReview { rating } }",
            "subscription Both { ...Roots }\nfragment Roots on Subscription { newReview { rating } priceDropped(lookup: { id: 1 }) { name } }",
            "subscription Intro { __typename }\nsubscription Intro2 { newReview { rating } __schema { types { name } } }",
            "subscription S { newReview { rating } newReview { body } ... on Subscription { newReview { id } } }",
            "subscription S { newReview { rating } ... on Query { node(id: 1) { id } } skipped: priceDropped(lookup: { id: 1 }) @skip(if: true) { name } }",
            "subscription S { newReview { rating } other: newReview @include(if: false) { body } ...F @skip(if: true) }\nfragment F on Subscription { priceDropped(lookup: { id: 1 }) { id } }",
            "subscription S($skip: Boolean = false) { newReview @skip(if: $skip) { rating } }",
            "subscription S { newReview @include(if: \"yes\") { rating } }",
            "subscription S { newReview @skip { rating } }",
            "{ product(lookup: { id: 1, sku: \"x\" }) { id } a: product(lookup: {}) { id } b: product(lookup: { slug: null }) { id } }",
            "query ($id: ID, $sku: String!) { a: product(lookup: { id: $id }) { id } b: product(lookup: { sku: $sku }) { id } c: product(lookup: { id: \"1\" }) { id } }",
            "query ($lookup: ProductLookup) { product(lookup: $lookup) { id } products(filter: { category: $lookup }) { id } }",
            "{ products(filter: { minPrice: { amount: 1 }, maxPrice: [1, 2], tags: \"one\", category: { id: 1 } }) { id sku price(currency: CHF) } }",
            "{ viewer { orders(status: [PAID, SHIPPED, \"PENDING\", paid]) { id status placedAt } orders(status: PAID) { id } } }",
            "{ products { price(currency: EUR) price(currency: USD) } categories { products { price } products { price(currency: EUR) } } }",
            "{ node(id: 1) { ... on Product { price(currency: EUR) } ... on Variant { price(currency: USD) } ... on Priced { price } } }",
            "{ node(id: 1) { ... on Priced { price(currency: EUR) } ... on Reviewable { price: rating } } }",
            "{ nodes(ids: [1, \"2\", 3.5, null]) { id } nodes { id } customer { name } }",
            "query ($d: DateTime = { y: 1 }, $m: Money = [1, \"2\"]) @cached(scope: PRIVATE, ttl: \"60\") @auth(role: \"x\") { viewer @cached @cached { name } }",
            "query ($v: ID @auth(role: \"a\") @auth(role: \"b\")) { customer(id: $v) @trace @trace(label: 1) @auth { name } }",
            "fragment F on Customer @auth(role: \"admin\") @auth { email }\n{ viewer { ...F @trace ... @trace @auth(role: \"x\") { name } } }",
            "{ viewer { friends { friends { friends { friends { name wishlist { related(limit: null) { name } } } } } } } }",
            "{ search(text: \"x\") { name ... on Product { name: id } ... on Customer { name } } }",
        ];
        return documents.Select((source, i) => Case($"shop/{i}", "shop", source));
    }
}
