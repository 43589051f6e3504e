/** The JVM floor: the least a `java` process costs from start to printed output. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("{\"hello\":\"world\"}");
    }
}
