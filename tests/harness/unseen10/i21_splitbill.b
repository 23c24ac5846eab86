implement Splitbill;

include "sys.m";
	sys: Sys;
include "draw.m";

Splitbill: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Expense: adt {
	payer:	string;
	cents:	int;
	what:	string;
	among:	list of string;	# nil means everyone
};

people := array[] of {"ana", "ben", "cy", "dee"};

idx(name: string): int
{
	for(i := 0; i < len people; i++)
		if(people[i] == name)
			return i;
	raise "unknown person " + name;
}

money(c: int): string
{
	s := "";
	if(c < 0){
		s = "-";
		c = -c;
	}
	return sys->sprint("%s%d.%02d", s, c/100, c%100);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	trip := array[] of {
		Expense("ana", 24000, "cabin deposit", nil),
		Expense("ben", 8735, "groceries", nil),
		Expense("cy", 4500, "fuel", "ana" :: "cy" :: "dee" :: nil),
		Expense("dee", 1999, "firewood", nil),
		Expense("ben", 6000, "kayak hire", "ben" :: "cy" :: nil),
		Expense("ana", 1000, "ice cream", "ana" :: "ben" :: "cy" :: "dee" :: nil),
		Expense("dee", 3333, "museum", "dee" :: "ana" :: "ben" :: nil),
	};
	n := len people;
	paid := array[n] of {* => 0};
	owes := array[n] of {* => 0};

	sys->print("%-14s %-5s %9s  split\n", "expense", "payer", "amount");
	for(e := 0; e < len trip; e++){
		x := trip[e];
		among := x.among;
		if(among == nil)
			for(i := n-1; i >= 0; i--)
				among = people[i] :: among;
		k := 0;
		for(l := among; l != nil; l = tl l)
			k++;
		share := x.cents / k;
		rem := x.cents % k;
		# the first 'rem' people listed pay one extra cent
		parts := "";
		j := 0;
		for(l = among; l != nil; l = tl l){
			s := share;
			if(j++ < rem)
				s++;
			owes[idx(hd l)] += s;
			parts += " " + hd l + ":" + money(s);
		}
		paid[idx(x.payer)] += x.cents;
		sys->print("%-14s %-5s %9s %s\n", x.what, x.payer, money(x.cents), parts);
	}

	sys->print("\n%-5s %9s %9s %9s\n", "who", "paid", "share", "net");
	net := array[n] of int;
	tp := 0;
	tshare := 0;
	for(i := 0; i < n; i++){
		net[i] = paid[i] - owes[i];
		tp += paid[i];
		tshare += owes[i];
		sys->print("%-5s %9s %9s %9s\n", people[i], money(paid[i]), money(owes[i]), money(net[i]));
	}
	sys->print("%-5s %9s %9s\n", "total", money(tp), money(tshare));
	if(tp != tshare)
		sys->print("BUG: totals differ\n");

	# settle: repeatedly match the biggest debtor with the biggest creditor
	sys->print("\nsettlement:\n");
	ntx := 0;
	for(;;){
		d := 0;
		c := 0;
		for(i = 1; i < n; i++){
			if(net[i] < net[d])
				d = i;
			if(net[i] > net[c])
				c = i;
		}
		if(net[d] == 0 || net[c] == 0)
			break;
		amt := -net[d];
		if(net[c] < amt)
			amt = net[c];
		sys->print("  %s pays %s %s\n", people[d], people[c], money(amt));
		net[d] += amt;
		net[c] -= amt;
		ntx++;
	}
	sys->print("%d transfer(s); balances now:", ntx);
	for(i = 0; i < n; i++)
		sys->print(" %s=%s", people[i], money(net[i]));
	sys->print("\n");
}
