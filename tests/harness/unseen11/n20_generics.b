implement Generics;

include "sys.m";
	sys: Sys;
include "draw.m";

Generics: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt[T] {
	items:	list of T;
	n:	int;

	new:	fn(): ref Stack[T];
	push:	fn(s: self ref Stack[T], x: T);
	pop:	fn(s: self ref Stack[T]): T;
	empty:	fn(s: self ref Stack[T]): int;
};

# functional queue made of two lists
Queue: adt[T] {
	front:	list of T;
	back:	list of T;

	put:	fn(q: self ref Queue[T], x: T);
	get:	fn(q: self ref Queue[T]): T;
	size:	fn(q: self ref Queue[T]): int;
};

Task: adt {
	pri:	int;
	name:	string;

	lt:	fn(a, b: ref Task): int;
	text:	fn(t: self ref Task): string;
};

Stack[T].new(): ref Stack[T]
{
	return ref Stack[T](nil, 0);
}

Stack[T].push(s: self ref Stack[T], x: T)
{
	s.items = x :: s.items;
	s.n++;
}

Stack[T].pop(s: self ref Stack[T]): T
{
	if(s.items == nil)
		raise "stack empty";
	x := hd s.items;
	s.items = tl s.items;
	s.n--;
	return x;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Queue[T].put(q: self ref Queue[T], x: T)
{
	q.back = x :: q.back;
}

Queue[T].get(q: self ref Queue[T]): T
{
	if(q.front == nil){
		for(; q.back != nil; q.back = tl q.back)
			q.front = hd q.back :: q.front;
		if(q.front == nil)
			raise "queue empty";
	}
	x := hd q.front;
	q.front = tl q.front;
	return x;
}

Queue[T].size(q: self ref Queue[T]): int
{
	return len q.front + len q.back;
}

Task.lt(a, b: ref Task): int
{
	if(a.pri != b.pri)
		return a.pri < b.pri;
	return a.name < b.name;
}

Task.text(t: self ref Task): string
{
	return sys->sprint("%s/%d", t.name, t.pri);
}

# insertion sort for any type that provides lt
sort[T](a: array of T)
	for { T => lt: fn(a, b: T): int; }
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i;
		for(; j > 0 && T.lt(x, a[j-1]); j--)
			a[j] = a[j-1];
		a[j] = x;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# balanced brackets with a stack of strings
	exprs := array[] of {"(a[b]{c})", "([)]", "((x)", "{[()()]}", "]"};
	want := array[] of {')' => "(", ']' => "[", '}' => "{"};	# indexed by closing char
	for(i := 0; i < len exprs; i++){
		st := Stack[string].new();
		ok := 1;
	scan:
		for(j := 0; j < len exprs[i]; j++){
			c := exprs[i][j:j+1];
			case c {
			"(" or "[" or "{" =>
				st.push(c);
			")" or "]" or "}" =>
				{
					if(st.pop() != want[c[0]]){
						ok = 0;
						break scan;
					}
				} exception {
				"stack empty" =>
					ok = 0;
					break scan;
				}
			}
		}
		if(!st.empty())
			ok = 0;
		verdict := "balanced";
		if(!ok)
			verdict = "unbalanced";
		sys->print("%-10s %s (depth left %d)\n", exprs[i], verdict, st.n);
	}

	tasks := array[] of {
		ref Task(3, "backup"), ref Task(1, "page"), ref Task(2, "mail"),
		ref Task(1, "alert"), ref Task(5, "report"), ref Task(2, "index"),
	};
	q := ref Queue[ref Task](nil, nil);
	for(i = 0; i < len tasks; i++)
		q.put(tasks[i]);
	sys->print("queue holds %d; first out %s\n", q.size(), q.get().text());
	q.put(ref Task(0, "late"));
	s := "";
	while(q.size() > 0)
		s += " " + q.get().text();
	sys->print("fifo:%s\n", s);
	sort(tasks);
	s = "";
	for(i = 0; i < len tasks; i++)
		s += " " + tasks[i].text();
	sys->print("sorted:%s\n", s);
	ts := Stack[ref Task].new();
	for(i = 0; i < len tasks; i++)
		ts.push(tasks[i]);
	sys->print("top of task stack: %s of %d\n", ts.pop().text(), ts.n + 1);
	q.get();
}
