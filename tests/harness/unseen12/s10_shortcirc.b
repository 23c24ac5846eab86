implement ShortCirc;

include "sys.m";
	sys: Sys;
include "draw.m";

ShortCirc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

trace := "";
calls := 0;

t(tag: string, v: int): int
{
	trace += tag;
	calls++;
	return v;
}

reset(): string
{
	s := trace;
	trace = "";
	return s;
}

Node: adt {
	val: int;
	next: cyclic ref Node;
};

# nil-safe walk relies on && not evaluating its right side
count(n: ref Node, limit: int): int
{
	k := 0;
	while(n != nil && n.val < limit) {
		k++;
		n = n.next;
	}
	return k;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	r := t("a", 0) && t("b", 1);
	sys->print("0 && 1 -> %d trace %s\n", r, reset());
	r = t("a", 1) && t("b", 0) && t("c", 1);
	sys->print("1 && 0 && 1 -> %d trace %s\n", r, reset());
	r = t("a", 1) || t("b", 1);
	sys->print("1 || 1 -> %d trace %s\n", r, reset());
	r = t("a", 0) || t("b", 0) || t("c", 5);
	sys->print("0 || 0 || 5 -> %d trace %s\n", r, reset());
	r = t("a", 0) && t("b", 1) || t("c", 1) && t("d", 0) || t("e", 7);
	sys->print("mixed -> %d trace %s\n", r, reset());
	r = !(t("a", 3) && t("b", -2));
	sys->print("!(3 && -2) -> %d trace %s\n", r, reset());

	# non-short-circuit operators evaluate everything
	r = t("a", 0) & t("b", 1);
	sys->print("0 & 1 -> %d trace %s\n", r, reset());
	r = t("a", 4) | t("b", 1) | t("c", 2);
	sys->print("4 | 1 | 2 -> %d trace %s\n", r, reset());

	# side effects in conditions of if/while/for
	i := 0;
	j := 0;
	while(i++ < 5 && (j += 2) < 7)
		;
	sys->print("loop: i=%d j=%d\n", i, j);

	k := 0;
	if(k != 0 && 10 / k > 1)
		sys->print("unreachable\n");
	else
		sys->print("guarded division skipped, k=%d\n", k);

	{
		if(k == 0 || 10 / k > 1)
			sys->print("|| guard ok\n");
		if(k == 0 | 10 / k > 1)
			sys->print("unreachable too\n");
	} exception {
	"*" =>
		sys->print("bitwise | evaluated the division and raised\n");
	}

	# walk a list that ends in nil
	head: ref Node;
	for(v := 9; v >= 1; v -= 2)
		head = ref Node(v, head);
	sys->print("count < 6: %d, < 100: %d, on nil: %d\n",
		count(head, 6), count(head, 100), count(nil, 5));

	# short circuit inside array index and strings
	a := array[] of {10, 20, 30};
	idx := 3;
	ok := idx < len a && a[idx] > 0;
	sys->print("bounds-guarded: %d\n", ok);
	s: string;
	sys->print("nil string guarded: %d\n", s != nil && s[0] == 'x');
	s = "xyz";
	sys->print("string guarded: %d\n", s != nil && s[0] == 'x');

	# results are always 0 or 1
	sys->print("values: %d %d %d %d\n", 7 && 9, 0 || -4, !!42, !0);
	sys->print("total calls to t: %d\n", calls);
}
