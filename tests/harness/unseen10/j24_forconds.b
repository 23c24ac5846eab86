implement ForConds;

include "sys.m";
	sys: Sys;
include "draw.m";

ForConds: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

trace: string;

t(tag: string, v: int): int
{
	trace += tag;
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {5, 3, 8, 0, 9, 2};
	sys->print("== stop at zero or limit ==\n");
	i: int;
	for(i = 0; i < len a && a[i] != 0; i++)
		sys->print("a[%d]=%d ", i, a[i]);
	sys->print("\nstopped at %d\n", i);
	sys->print("== two indices moving together ==\n");
	s := "racecar";
	j: int;
	for((i, j) = (0, len s - 1); i < j && s[i] == s[j]; (i, j) = (i + 1, j - 1))
		;
	sys->print("%s palindrome: %d\n", s, i >= j);
	s = "rocket";
	for((i, j) = (0, len s - 1); i < j && s[i] == s[j]; (i, j) = (i + 1, j - 1))
		;
	sys->print("%s palindrome: %d (mismatch at %d,%d)\n", s, i >= j, i, j);
	sys->print("== || keeps looping while either holds ==\n");
	x := 0;
	y := 10;
	n := 0;
	for(; x < 3 || y > 8; n++){
		x++;
		y--;
	}
	sys->print("x=%d y=%d n=%d\n", x, y, n);
	sys->print("== short circuit inside the condition ==\n");
	trace = "";
	for(k := 0; t("a", k < 3) && t("b", k != 1); k++)
		trace += ".";
	sys->print("trace %s\n", trace);
	trace = "";
	for(k = 0; t("a", k < 2) || t("b", k < 4); k++)
		trace += ".";
	sys->print("trace %s\n", trace);
	sys->print("== condition with ! and parenthesised mix ==\n");
	cnt := 0;
	for(k = 0; !(k >= 20) && (k % 7 != 6 || k < 10); k++)
		cnt++;
	sys->print("cnt=%d k=%d\n", cnt, k);
	sys->print("== empty clauses ==\n");
	m := 1;
	for(;;){
		m *= 3;
		if(m > 100)
			break;
	}
	sys->print("m=%d\n", m);
	sys->print("== variable declared in for is visible after it ==\n");
	total := 0;
	for(q := 1; q <= 4; q++)
		total += q;
	sys->print("q after first loop=%d\n", q);
	for(q = 10; q > 7; q--)
		total += q;
	sys->print("total=%d q=%d\n", total, q);
	sys->print("== downward with step 3 over a list length ==\n");
	l := list of {"p", "q", "r", "s", "t", "u", "v"};
	for(k = len l; k > 0 && l != nil; k -= 3){
		sys->print("k=%d head=%s\n", k, hd l);
		l = tl l;
	}
}
