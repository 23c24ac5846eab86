implement Gradebook;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

Gradebook: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Student: adt {
	name:	string;
	scores:	list of int;

	avg:	fn(s: self ref Student): real;
	eq:	fn(a, b: ref Student): int;
};

Student.avg(s: self ref Student): real
{
	t := 0;
	n := 0;
	for(l := s.scores; l != nil; l = tl l){
		t += hd l;
		n++;
	}
	if(n == 0)
		return 0.0;
	return real t / real n;
}

Student.eq(a, b: ref Student): int
{
	return a.name == b.name;
}

Name: adt {
	s: string;
	eq: fn(a, b: ref Name): int;
};

Name.eq(a, b: ref Name): int
{
	return a.s == b.s;
}

passing(s: ref Student): int
{
	return s.avg() >= 60.0;
}

curve(s: ref Student): ref Student
{
	r: list of int;
	for(l := s.scores; l != nil; l = tl l){
		v := hd l + 5;
		if(v > 100)
			v = 100;
		r = v :: r;
	}
	o: list of int;
	for(; r != nil; r = tl r)
		o = hd r :: o;
	return ref Student(s.name, o);
}

grade(a: real): string
{
	if(a >= 90.0)
		return "A";
	else if(a >= 80.0)
		return "B";
	else if(a >= 70.0)
		return "C";
	else if(a >= 60.0)
		return "D";
	return "F";
}

show(title: string, l: list of ref Student)
{
	sys->print("%s:\n", title);
	for(; l != nil; l = tl l){
		s := hd l;
		sys->print("  %-7s %6.2f %s\n", s.name, s.avg(), grade(s.avg()));
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("cannot load lists: %r\n");
		return;
	}
	class := ref Student("ada", 95 :: 88 :: 92 :: nil) ::
		ref Student("brian", 55 :: 62 :: 48 :: nil) ::
		ref Student("claude", 71 :: 79 :: 80 :: nil) ::
		ref Student("dennis", 58 :: 59 :: 61 :: nil) ::
		ref Student("edsger", 100 :: 99 :: 98 :: nil) :: nil;
	show("roster", class);
	(pass, fail) := lists->partition(passing, class);
	sys->print("passing %d failing %d\n", len pass, len fail);
	curved := lists->map(curve, class);
	show("after curve", lists->filter(passing, curved));
	sys->print("all pass after curve: %d, any perfect: %d\n",
		lists->allsat(passing, curved), lists->anysat(perfect, curved));
	late := ref Student("grace", 90 :: 85 :: nil);
	class = lists->append(class, late);
	sys->print("last: %s, count %d\n", lists->last(class).name, len class);
	class = lists->delete(ref Student("brian", nil), class);
	sys->print("after delete: %s\n", names(class));
	sys->print("find claude: %s\n", names(lists->find(ref Student("claude", nil), class)));
	sys->print("member dennis %d, member zed %d\n",
		lists->ismember(ref Student("dennis", nil), class),
		lists->ismember(ref Student("zed", nil), class));
	ranks := "1st" :: "2nd" :: "3rd" :: "4th" :: "5th" :: nil;
	pairs := lists->pair(class, ranks);
	for(p := pairs; p != nil; p = tl p){
		(s, r) := hd p;
		sys->print("  %s %s\n", r, s.name);
	}
	(ss, rs) := lists->unpair(pairs);
	sys->print("unpaired %d students, %d ranks\n", len ss, len rs);
	both := lists->concat(lists->reverse(class), class);
	sys->print("concat: %s\n", names(both));
	ns := ref Name("x") :: ref Name("y") :: nil;
	sys->print("name member: %d\n", lists->ismember(ref Name("y"), ns));
}

perfect(s: ref Student): int
{
	for(l := s.scores; l != nil; l = tl l)
		if(hd l == 100)
			return 1;
	return 0;
}

names(l: list of ref Student): string
{
	s := "";
	for(; l != nil; l = tl l){
		if(s != "")
			s += ",";
		s += (hd l).name;
	}
	return s;
}
