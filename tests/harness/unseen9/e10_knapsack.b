implement Knapsack;

include "sys.m";
	sys: Sys;
include "draw.m";

Knapsack: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	name:	string;
	weight:	int;
	value:	int;
};

items := array[] of {
	Item("map", 9, 150), Item("compass", 13, 35), Item("water", 153, 200),
	Item("sandwich", 50, 160), Item("glucose", 15, 60), Item("tin", 68, 45),
	Item("banana", 27, 60), Item("apple", 39, 40), Item("cheese", 23, 30),
	Item("beer", 52, 10), Item("suntan", 11, 70), Item("camera", 32, 30),
	Item("tshirt", 24, 15), Item("trousers", 48, 10), Item("umbrella", 73, 40),
	Item("raincoat", 42, 70), Item("notecase", 22, 80), Item("socks", 4, 50),
	Item("book", 30, 10),
};

# 0/1 knapsack with full table so we can recover the choice
zeroone(cap: int): (int, list of int)
{
	n := len items;
	best := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		best[i] = array[cap+1] of {* => 0};
	for(i = 1; i <= n; i++){
		w := items[i-1].weight;
		v := items[i-1].value;
		for(c := 0; c <= cap; c++){
			best[i][c] = best[i-1][c];
			if(w <= c && best[i-1][c-w] + v > best[i][c])
				best[i][c] = best[i-1][c-w] + v;
		}
	}
	chosen: list of int;
	c := cap;
	for(i = n; i > 0; i--)
		if(best[i][c] != best[i-1][c]){
			chosen = (i-1) :: chosen;
			c -= items[i-1].weight;
		}
	return (best[n][cap], chosen);
}

# one-dimensional 0/1 version, iterating capacity downward
zeroone1(cap: int): int
{
	dp := array[cap+1] of {* => 0};
	for(i := 0; i < len items; i++)
		for(c := cap; c >= items[i].weight; c--)
			if(dp[c - items[i].weight] + items[i].value > dp[c])
				dp[c] = dp[c - items[i].weight] + items[i].value;
	return dp[cap];
}

# unbounded: coins, counting ways and minimum coins
ways(coins: array of int, amount: int): big
{
	w := array[amount+1] of {* => big 0};
	w[0] = big 1;
	for(i := 0; i < len coins; i++)
		for(a := coins[i]; a <= amount; a++)
			w[a] += w[a - coins[i]];
	return w[amount];
}

mincoins(coins: array of int, amount: int): (int, list of int)
{
	INF: con 1 << 30;
	m := array[amount+1] of {* => INF};
	last := array[amount+1] of {* => -1};
	m[0] = 0;
	for(a := 1; a <= amount; a++)
		for(i := 0; i < len coins; i++)
			if(coins[i] <= a && m[a-coins[i]] + 1 < m[a]){
				m[a] = m[a-coins[i]] + 1;
				last[a] = coins[i];
			}
	if(m[amount] == INF)
		return (-1, nil);
	used: list of int;
	for(a = amount; a > 0; a -= last[a])
		used = last[a] :: used;
	return (m[amount], used);
}

# brute force over subsets for a small instance, to cross-check
brute(n, cap: int): int
{
	best := 0;
	for(mask := 0; mask < (1 << n); mask++){
		w := 0;
		v := 0;
		for(i := 0; i < n; i++)
			if(mask & (1 << i)){
				w += items[i].weight;
				v += items[i].value;
			}
		if(w <= cap && v > best)
			best = v;
	}
	return best;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	(v, ch) := zeroone(400);
	sys->print("capacity 400: value %d (1-d table %d)\n", v, zeroone1(400));
	tw := 0;
	for(; ch != nil; ch = tl ch){
		it := items[hd ch];
		sys->print("  %-9s w=%3d v=%3d\n", it.name, it.weight, it.value);
		tw += it.weight;
	}
	sys->print("  total weight %d\n", tw);

	for(cap := 0; cap <= 120; cap += 40)
		sys->print("cap %3d: dp=%d brute(first 12)=%d dp(first 12)=%d\n", cap, zeroone1(cap), brute(12, cap), sub12(cap));

	uk := array[] of {1, 2, 5, 10, 20, 50, 100, 200};
	sys->print("ways to make 200p from UK coins: %bd\n", ways(uk, 200));
	us := array[] of {1, 5, 10, 25, 50, 100};
	sys->print("ways to make $10 from US coins: %bd\n", ways(us, 1000));

	odd := array[] of {1, 7, 10, 22};
	for(amt := 14; amt <= 44; amt += 15){
		(k, used) := mincoins(odd, amt);
		sys->print("min coins for %d from {1,7,10,22}: %d =", amt, k);
		for(; used != nil; used = tl used)
			sys->print(" %d", hd used);
		sys->print("\n");
	}
	(k, nil) := mincoins(array[] of {4, 6}, 7);
	sys->print("7 from {4,6}: %d\n", k);
}

sub12(cap: int): int
{
	save := items;
	items = items[0:12];
	r := zeroone1(cap);
	items = save;
	return r;
}
