implement Knapsack;

include "sys.m";
	sys: Sys;
include "draw.m";

Knapsack: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
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
	Item("wtrousers", 42, 70), Item("woverclothes", 43, 75), Item("notecase", 22, 80),
	Item("sunglasses", 7, 20), Item("towel", 18, 12), Item("socks", 4, 50),
	Item("book", 30, 10),
};

knapsack(cap: int): (int, list of string, int)
{
	n := len items;
	best := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		best[i] = array[cap+1] of {* => 0};
	for(i = 1; i <= n; i++){
		it := items[i-1];
		for(w := 0; w <= cap; w++){
			best[i][w] = best[i-1][w];
			if(it.weight <= w){
				v := best[i-1][w - it.weight] + it.value;
				if(v > best[i][w])
					best[i][w] = v;
			}
		}
	}
	chosen: list of string;
	w := cap;
	tw := 0;
	for(i = n; i > 0; i--)
		if(best[i][w] != best[i-1][w]){
			chosen = items[i-1].name :: chosen;
			w -= items[i-1].weight;
			tw += items[i-1].weight;
		}
	return (best[n][cap], chosen, tw);
}

# number of ways to make change; grows beyond 32 bits so use big
ways(amount: int, coins: array of int): big
{
	t := array[amount+1] of {* => big 0};
	t[0] = big 1;
	for(c := 0; c < len coins; c++)
		for(a := coins[c]; a <= amount; a++)
			t[a] += t[a - coins[c]];
	return t[amount];
}

# fewest coins, -1 if impossible
fewest(amount: int, coins: array of int): int
{
	INF: con 1 << 30;
	t := array[amount+1] of {* => INF};
	t[0] = 0;
	for(a := 1; a <= amount; a++)
		for(c := 0; c < len coins; c++)
			if(coins[c] <= a && t[a - coins[c]] + 1 < t[a])
				t[a] = t[a - coins[c]] + 1;
	if(t[amount] >= INF)
		return -1;
	return t[amount];
}

# longest strictly increasing subsequence, O(n log n)
lis(a: array of int): int
{
	tails := array[len a] of int;
	n := 0;
	for(i := 0; i < len a; i++){
		lo := 0;
		hi := n;
		while(lo < hi){
			m := (lo + hi) / 2;
			if(tails[m] < a[i])
				lo = m + 1;
			else
				hi = m;
		}
		tails[lo] = a[i];
		if(lo == n)
			n++;
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(cap := 100; cap <= 400; cap += 150){
		(v, l, w) := knapsack(cap);
		sys->print("capacity %d: value %d weight %d items %d:", cap, v, w, len l);
		for(; l != nil; l = tl l)
			sys->print(" %s", hd l);
		sys->print("\n");
	}

	us := array[] of {1, 5, 10, 25, 50, 100};
	for(amt := 100; amt <= 100000; amt *= 10)
		sys->print("ways to change %d cents: %bd\n", amt, ways(amt, us));

	odd := array[] of {7, 11, 13};
	for(amt = 1; amt <= 30; amt += 4)
		sys->print("fewest of {7,11,13} for %d: %d\n", amt, fewest(amt, odd));

	seq := array[] of {10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 15};
	sys->print("lis length = %d\n", lis(seq));
}
